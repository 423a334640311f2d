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
}
