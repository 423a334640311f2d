package seqlab.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import seqlab.model.Hyperparameter;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;

class SettingTextsTest {

    @AfterEach
    void backToEnglish() {
        UiText.use(UiLanguage.ENGLISH);
    }

    @Test
    void englishIsTheCoresOwnWording() {
        UiText.use(UiLanguage.ENGLISH);
        assertEquals(Hyperparameter.MAX_LEN.label(), SettingTexts.label(Hyperparameter.MAX_LEN));
        assertEquals(Hyperparameter.LEARNING_RATE.rangeText(), SettingTexts.range(Hyperparameter.LEARNING_RATE));
        assertEquals("The most recent items a prefix keeps (LSTM time steps). Range: 1 to 1000; default 20.",
                SettingTexts.tooltip(Hyperparameter.MAX_LEN));
    }

    @Test
    void spanishTranslatesNamesDescriptionsAndRanges() {
        UiText.use(UiLanguage.SPANISH);
        assertEquals("longitud máxima", SettingTexts.label(Hyperparameter.MAX_LEN));
        assertEquals("de 1 a 1000", SettingTexts.range(Hyperparameter.MAX_LEN));
        assertEquals("más de 0, como máximo 1", SettingTexts.range(Hyperparameter.LEARNING_RATE));
        assertEquals("al menos 0, menos de 1", SettingTexts.range(Hyperparameter.TEST_FRACTION));
        assertEquals("cualquier número entero", SettingTexts.range(Hyperparameter.SEED));
        assertEquals("pre, post", SettingTexts.range(Hyperparameter.PADDING), "choices are the values one types");
        assertEquals("Los artículos más recientes que conserva un prefijo (pasos de tiempo de la LSTM). Intervalo: de 1"
                + " a 1000; por defecto 20.", SettingTexts.tooltip(Hyperparameter.MAX_LEN));
        assertEquals("Red", SettingsViewModel.SECTIONS.get(0).title());
    }

    @Test
    void spanishTranslatesTheProblemsTheSettingsPaneShows() {
        UiText.use(UiLanguage.SPANISH);
        SettingsViewModel vm = new SettingsViewModel();
        vm.textProperty(Hyperparameter.MAX_LEN).set("0");
        assertEquals("longitud máxima debe estar entre 1 y 1000 (se recibió 0)", vm.messageFor(Hyperparameter.MAX_LEN).get());
        vm.textProperty(Hyperparameter.DROPOUT).set("half");
        assertEquals(SettingTexts.label(Hyperparameter.DROPOUT) + " debe ser un número, de 0 a 0.9 (se recibió 'half')",
                vm.messageFor(Hyperparameter.DROPOUT).get());
        vm.textProperty(Hyperparameter.LEARNING_RATE).set("2");
        assertEquals(SettingTexts.label(Hyperparameter.LEARNING_RATE) + " debe ser más de 0 y como máximo 1 (se recibió 2.0)",
                vm.messageFor(Hyperparameter.LEARNING_RATE).get());
        vm.textProperty(Hyperparameter.PADDING).set("sideways");
        assertEquals(SettingTexts.label(Hyperparameter.PADDING) + " debe ser uno de estos valores: pre, post (se recibió 'sideways')",
                vm.messageFor(Hyperparameter.PADDING).get());
    }
}
