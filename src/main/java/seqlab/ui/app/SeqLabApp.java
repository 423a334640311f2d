package seqlab.ui.app;

import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.common.PreferenceStore;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.data.BundledSample;
import seqlab.ui.main.MainViewModel;
import seqlab.ui.main.MainWindow;

public class SeqLabApp extends Application {

    private MainViewModel viewModel;
    private PulseMonitor pulseMonitor;

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(
                () -> viewModel.report(ErrorMessages.of(UiText.get("app.somethingWentWrong"), e))));
        PreferenceStore preferences = PreferenceStore.in(Path.of(System.getProperty("user.home"), ".seqlab",
                "workbench.properties"));
        // before the view models: their first texts (such as the idle progress text) are read when they are made
        UiText.use(UiLanguage.chosen(preferences, Locale.getDefault()));
        viewModel = new MainViewModel(Runners.fx(), preferences);
        viewModel.experiments().enableAutosave(
                Path.of(System.getProperty("user.home"), ".seqlab"));
        viewModel.rememberImportsIn(Path.of(System.getProperty("user.home"), ".seqlab",
                "import-columns.json"));
        MainWindow window = MainWindow.create(viewModel);
        BundledSample first = BundledSample.byKey(System.getProperty("seqlab.sample", "toy"));
        viewModel.openSample(BundledSample.TOY);
        stage.titleProperty().bind(viewModel.titleBinding());
        stage.setScene(window.scene());
        fitToScreen(stage, window.scene().getWidth(), window.scene().getHeight());
        stage.setOnCloseRequest(e -> {
            if (!window.controller().confirmDiscard()) {
                e.consume();
            } else {
                viewModel.close();
            }
        });
        String importFile = System.getProperty("seqlab.import");
        if (importFile != null) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN,
                    e -> Platform.runLater(() -> window.controller().showImport(Path.of(importFile))));
        }
        MeasurementSwitches.reportStartupTime(stage);
        stage.show();
        window.loadDeferredViewsLater();
        Platform.runLater(() -> {
            // after the deferred views: see NumericsWarmUp for why nothing may load native code next to ND4J
            NumericsWarmUp.loadWindowLibrariesOnFxThread();
            viewModel.warmUpNumerics(NumericsWarmUp::run);
        });
        pulseMonitor = MeasurementSwitches.pulseMonitor(window, viewModel);
        if (!first.equals(BundledSample.TOY)) {
            Platform.runLater(() -> viewModel.openSample(first));
        }
        MeasurementSwitches.trainWhenReady(window, viewModel);
    }

    /** A window larger than the screen (1200x780 on a 1280x720 projector) would hide its status bar below it. */
    private static void fitToScreen(Stage stage, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (width > screen.getWidth() || height > screen.getHeight()) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(Math.min(width, screen.getWidth()));
            stage.setHeight(Math.min(height, screen.getHeight()));
        }
    }

    @Override
    public void stop() {
        if (pulseMonitor != null) {
            pulseMonitor.report("exit");
        }
        viewModel.close();
    }
}
