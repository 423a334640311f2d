package seqlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import seqlab.ui.common.PreferenceStore;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;
import seqlab.ui.data.BundledSample;
import seqlab.ui.main.MainViewModel;

@ExtendWith(ApplicationExtension.class)
class SpanishWindowTest {

    private final PreferenceStore preferences = PreferenceStore.inMemory();
    private MainViewModel viewModel;

    @BeforeAll
    static void loadNumericsFirst() {
        WorkbenchStage.loadNumericsFirst();
    }

    @AfterAll
    static void backToEnglish() {
        UiText.use(UiLanguage.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        preferences.put(UiLanguage.PREFERENCE, "es");
        viewModel = WorkbenchStage.show(stage, preferences);
    }

    @Test
    void theWindowSpeaksSpanish(FxRobot robot) {
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals(List.of("_Archivo", "_Muestras", "_Entrenamiento", "_Ver", "A_yuda"),
                menus.getMenus().stream().map(m -> m.getText()).toList());
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertEquals("Datos", tabs.getTabs().get(0).getText());
        assertEquals("Entrenar", robot.lookup("#trainButton").queryAs(Button.class).getText());
        robot.clickOn("Ajustes");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Red").tryQuery().isPresent(), "the settings' sections are in Spanish");
    }

    @Test
    void messagesBuiltInCodeSpeakSpanishToo(FxRobot robot) {
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals("_Secuencias de juguete (las del cuaderno)", menus.getMenus().get(1).getItems().get(0).getText());
        robot.interact(() -> viewModel.openSample(BundledSample.TOY));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Muestra incluida cargada: Secuencias de juguete (las del cuaderno)",
                viewModel.statusProperty().get());
        String summary = robot.lookup("#summaryLabel").queryAs(Label.class).getText();
        assertTrue(summary.contains(" secuencias, ") && summary.contains("artículos distintos"), summary);
        assertTrue(summary.contains("mediana "), summary);
    }

    @Test
    void choosingALanguageIsRememberedForTheNextStart(FxRobot robot) {
        robot.interact(() -> viewModel.chooseLanguage(UiLanguage.ENGLISH));
        assertEquals("en", preferences.get(UiLanguage.PREFERENCE).orElseThrow());
        assertTrue(viewModel.statusProperty().get().contains("SeqLab se inicie de nuevo"), viewModel.statusProperty().get());
    }
}
