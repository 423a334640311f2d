package seqlab.ui;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import seqlab.ui.data.BundledSample;
import seqlab.ui.main.MainViewModel;
import seqlab.ui.main.MainWindow;
import seqlab.ui.app.NumericsWarmUp;
import seqlab.ui.common.PreferenceStore;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.concurrent.Runners;

/** The real main window on a TestFX stage, set up as the app sets it up. */
public final class WorkbenchStage {

    private WorkbenchStage() {
    }

    /** Before any window, as the app does: ND4J's loader must not run next to the window's (see NumericsWarmUp). */
    public static void loadNumericsFirst() {
        NumericsWarmUp.run();
    }

    /** Shows the main window with all its views loaded and the toy sample open; returns its view model. */
    public static MainViewModel show(Stage stage) {
        return show(stage, PreferenceStore.inMemory());
    }

    /** As {@link #show(Stage)}, remembering the window's choices in {@code preferences}. */
    public static MainViewModel show(Stage stage, PreferenceStore preferences) {
        if (preferences.get(UiLanguage.PREFERENCE).isEmpty()) {
            // the tests read English texts, whatever the machine's language
            preferences.put(UiLanguage.PREFERENCE, UiLanguage.ENGLISH.code());
        }
        MainViewModel viewModel = new MainViewModel(Runners.fx(), preferences);
        MainWindow window = MainWindow.create(viewModel);
        window.loadDeferredViews();
        viewModel.openSample(BundledSample.TOY);
        stage.titleProperty().bind(viewModel.titleBinding());
        stage.setScene(window.scene());
        stage.show();
        return viewModel;
    }

    /** Replaces a text field's content as a user would. */
    public static void setField(FxRobot robot, String id, String text) {
        robot.clickOn(id).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
    }
}
