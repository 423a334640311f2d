package seqlab.ui.app;

import java.lang.management.ManagementFactory;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.util.Duration;
import seqlab.model.EpochMetrics;
import seqlab.model.Hyperparameter;
import seqlab.ui.main.MainViewModel;
import seqlab.ui.main.MainWindow;
import seqlab.ui.training.SmoothedLossPoint;
import seqlab.ui.training.TrainingState;

/**
 * The system properties that make the workbench measure itself, for the benchmarks in
 * {@code src/bench/} and {@code docs/performance.md}; all off unless set.
 * <ul>
 * <li>{@code -Dseqlab.startupTime=true}: prints how long after launch the window was shown;</li>
 * <li>{@code -Dseqlab.pulseMonitor=true}: reports the gaps between JavaFX pulses while training;</li>
 * <li>{@code -Dseqlab.train=true}: presses Train a second after the numeric library is ready;</li>
 * <li>{@code -Dseqlab.epochs=N}: sets the epochs setting before that (a shorter measured run);</li>
 * <li>{@code -Dseqlab.watchTab=NAME}: once training runs, shows that tab (embeddings, trace: a view redrawn
 * after every epoch), as a user watching it would.</li>
 * </ul>
 */
final class MeasurementSwitches {

    private MeasurementSwitches() {
    }

    static void reportStartupTime(Stage stage) {
        if (!Boolean.getBoolean("seqlab.startupTime")) {
            return;
        }
        stage.setOnShown(e -> {
            long now = System.currentTimeMillis();
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            long launchStart = Long.getLong(Relauncher.LAUNCH_START, jvmStart);
            System.err.println("seqlab: window shown " + (now - launchStart) + " ms after launch"
                    + (launchStart != jvmStart ? " (" + (now - jvmStart) + " ms after the relaunched JVM started)"
                            : " (no relaunch)"));
        });
    }

    /** The started pulse monitor, or null when it is not asked for. */
    static PulseMonitor pulseMonitor(MainWindow window, MainViewModel viewModel) {
        if (!Boolean.getBoolean("seqlab.pulseMonitor")) {
            return null;
        }
        // measured from the Train click, so the frame that shows the Training tab counts too
        PulseMonitor monitor = new PulseMonitor(() -> window.controller().startingTrainingProperty().get()
                || viewModel.training().stateProperty().get() != TrainingState.IDLE, System.err);
        monitor.start();
        viewModel.training().epochs().addListener((ListChangeListener<EpochMetrics>) change ->
                monitor.mark("epoch " + viewModel.training().epochs().size() + " shown"));
        // how soon a large data set shows progress: the loss chart's first smoothed minibatch point
        viewModel.training().smoothedLoss().addListener((ListChangeListener<SmoothedLossPoint>) change -> {
            if (viewModel.training().smoothedLoss().size() == 1) {
                monitor.mark("first minibatch loss shown");
            }
        });
        window.controller().startingTrainingProperty().addListener((obs, old, now) -> {
            if (now) {
                monitor.mark("Train pressed");
            }
        });
        viewModel.training().stateProperty().addListener((obs, old, now) -> {
            monitor.mark("training " + now);
            if (now == TrainingState.IDLE) {
                monitor.report("training ended");
            }
        });
        return monitor;
    }

    static void trainWhenReady(MainWindow window, MainViewModel viewModel) {
        if (!Boolean.getBoolean("seqlab.train")) {
            return;
        }
        String epochs = System.getProperty("seqlab.epochs");
        String watched = System.getProperty("seqlab.watchTab");
        if (watched != null) {
            viewModel.training().stateProperty().addListener((obs, old, now) -> {
                if (now == TrainingState.RUNNING && old != TrainingState.PAUSED) {
                    Platform.runLater(() -> window.controller().showTab(watched));
                }
            });
        }
        // as a user would: press Train a second after the sample is on screen and the numeric library is ready
        PauseTransition settle = new PauseTransition(Duration.seconds(1));
        settle.setOnFinished(e -> {
            if (epochs != null) {
                viewModel.settings().textProperty(Hyperparameter.EPOCHS).set(epochs);
            }
            window.controller().train();
        });
        viewModel.numericsReadyProperty().addListener((obs, was, ready) -> {
            if (ready) {
                settle.play();
            }
        });
    }
}
