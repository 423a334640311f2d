package seqlab.ui.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import seqlab.model.EpochMetrics;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.common.PreferenceStore;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.data.BundledSample;
import seqlab.ui.main.MainViewModel;
import seqlab.ui.main.MainWindow;
import seqlab.ui.training.TrainingState;

public class SeqLabApp extends Application {

    private MainViewModel viewModel;
    private PulseMonitor pulseMonitor;

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(
                () -> viewModel.report(ErrorMessages.of("Something went wrong", e))));
        viewModel = new MainViewModel(Runners.fx(), PreferenceStore.in(Path.of(System.getProperty("user.home"),
                ".seqlab", "workbench.properties")));
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
        stage.setOnShown(e -> {
            if (Boolean.getBoolean("seqlab.startupTime")) {
                long now = System.currentTimeMillis();
                long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
                long launchStart = Long.getLong(Relauncher.LAUNCH_START, jvmStart);
                System.err.println("seqlab: window shown " + (now - launchStart) + " ms after launch"
                        + (launchStart != jvmStart ? " (" + (now - jvmStart) + " ms after the relaunched JVM started)"
                                : " (no relaunch)"));
            }
        });
        stage.show();
        window.loadDeferredViewsLater();
        Platform.runLater(() -> {
            // after the deferred views: see NumericsWarmUp for why nothing may load native code next to ND4J
            NumericsWarmUp.loadWindowLibrariesOnFxThread();
            viewModel.warmUpNumerics(NumericsWarmUp::run);
        });
        if (Boolean.getBoolean("seqlab.pulseMonitor")) {
            // measured from the Train click, so the frame that shows the Training tab counts too
            pulseMonitor = new PulseMonitor(() -> window.controller().startingTrainingProperty().get()
                    || viewModel.training().stateProperty().get() != TrainingState.IDLE, System.err);
            pulseMonitor.start();
            viewModel.training().epochs().addListener((ListChangeListener<EpochMetrics>) change ->
                    pulseMonitor.mark("epoch " + viewModel.training().epochs().size() + " shown"));
            window.controller().startingTrainingProperty().addListener((obs, old, now) -> {
                if (now) {
                    pulseMonitor.mark("Train pressed");
                }
            });
            viewModel.training().stateProperty().addListener((obs, old, now) -> {
                pulseMonitor.mark("training " + now);
                if (now == TrainingState.IDLE) {
                    pulseMonitor.report("training ended");
                }
            });
        }
        if (!first.equals(BundledSample.TOY)) {
            Platform.runLater(() -> viewModel.openSample(first));
        }
        if (Boolean.getBoolean("seqlab.train")) {
            // as a user would: press Train a second after the sample is on screen and the numeric library is ready
            PauseTransition settle = new PauseTransition(Duration.seconds(1));
            settle.setOnFinished(e -> window.controller().train());
            viewModel.numericsReadyProperty().addListener((obs, was, ready) -> {
                if (ready) {
                    settle.play();
                }
            });
        }
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
