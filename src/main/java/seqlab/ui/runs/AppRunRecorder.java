package seqlab.ui.runs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

import seqlab.data.DataFingerprint;
import seqlab.data.SequenceData;
import seqlab.model.EpochMetrics;
import seqlab.model.ModelConfig;
import seqlab.model.TrainedModel;
import seqlab.runs.RunOutcome;
import seqlab.runs.RunRecord;
import seqlab.runs.RunRecorder;
import seqlab.ui.training.TrainingState;
import seqlab.ui.training.TrainingViewModel;
import seqlab.ui.common.UiText;

public final class AppRunRecorder {

    private record Pending(ModelConfig config, CompletableFuture<DataFingerprint> data, String started, long startNanos) {
    }

    private final TrainingViewModel training;
    private final RunsViewModel runs;
    private final LongSupplier nanoClock;
    private final Executor background;
    private Pending pending;

    public AppRunRecorder(TrainingViewModel training, RunsViewModel runs, LongSupplier nanoClock, Executor background) {
        this.training = training;
        this.runs = runs;
        this.nanoClock = nanoClock;
        this.background = background;
        training.stateProperty().addListener((obs, old, now) -> {
            if (now == TrainingState.IDLE) {
                ended();
            }
        });
    }

    public void starting(SequenceData data, ModelConfig config) {
        // hashing MovieLens takes ~0.1 s: not on the FX thread, nor at its priority, while Train shows its tab
        pending = new Pending(config, CompletableFuture.supplyAsync(() -> DataFingerprint.of(data), background),
                RunRecorder.now(), nanoClock.getAsLong());
    }

    private void ended() {
        Pending p = pending;
        pending = null;
        if (p == null) {
            return;
        }
        String error = training.errorProperty().get();
        TrainedModel model = error.isEmpty() ? training.lastRunModelProperty().get() : null;
        boolean failed = model == null;
        List<EpochMetrics> history = failed ? List.copyOf(training.epochs()) : model.history();
        RunOutcome outcome = failed ? RunOutcome.FAILED
                : history.size() < p.config().epochs() ? RunOutcome.STOPPED : RunOutcome.FINISHED;
        double seconds = (nanoClock.getAsLong() - p.startNanos()) / 1e9;
        RunRecord record = RunRecorder.of("", p.config(), p.data().join(), p.started(), training.planProperty().get(),
                history, failed ? Map.of() : model.test(), seconds, outcome,
                failed ? error : training.warningProperty().get());
        runs.record(record, failed ? null : model);
        if (!failed) {
            training.nameModel(model, UiText.format("runs.origin", String.valueOf(runs.number(record)),
                    StartTime.shown(p.started())));
        }
    }
}
