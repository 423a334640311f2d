package seqlab.ui.training;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import seqlab.data.DataFingerprint;
import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.model.Continuation;
import seqlab.model.EpochMetrics;
import seqlab.model.EpochSnapshots;
import seqlab.model.MemoryLimits;
import seqlab.model.ModelConfig;
import seqlab.model.PreparedData;
import seqlab.model.TrainedModel;
import seqlab.model.Trainer;
import seqlab.model.TrainingControl;
import seqlab.model.TrainingEstimate;
import seqlab.model.TrainingException;
import seqlab.model.TrainingListener;
import seqlab.model.TrainingOutcome;
import seqlab.model.TrainingPlan;
import seqlab.runs.RunRecord;
import seqlab.runs.RunRecorder;
import seqlab.ui.concurrent.StoppableTask;

/**
 * One workbench run on a background thread: prepares the data, checks the estimate, trains, and records the run
 * with the same {@link RunRecorder} as sweeps; every event reaches {@link Events} on the UI runner, the end with
 * the run's record.
 */
public class TrainingTask extends StoppableTask {

    public interface Events {
        void prepared(List<String> description);

        void estimated(String summary, List<String> warnings);

        /** Not started: the run does not fit; {@code record} records it as failed. */
        void refused(String reason, RunRecord record);

        void started(TrainingPlan plan);

        void batch(int epoch, int batch, int batches);

        default void paused(int epoch, int done, int batches) {
        }

        default void smoothedLoss(int epoch, int batch, int batches, double loss) {
        }

        void epoch(EpochMetrics metrics);

        /** The run's epoch models stop being kept (the temporary file cannot be written); training goes on. */
        default void epochsNotKept(String problem) {
        }

        /** The model after an epoch, already in the run's snapshots; only when the task keeps epochs. */
        default void epochModel(EpochMetrics metrics, TrainedModel atEpoch) {
        }

        void finished(TrainingOutcome outcome, RunRecord record);

        void failed(Throwable error, RunRecord record);
    }

    private final SequenceData data;
    private final ItemLabels labels;
    private final ModelConfig config;
    private final Events events;
    private final Executor ui;
    private final BatchCoalescer batches;
    private final Supplier<MemoryLimits> limits;
    private volatile EpochSnapshots snapshots;
    private final TrainingControl control = TrainingControl.create();
    private volatile Continuation from;

    public TrainingTask(SequenceData data, ItemLabels labels, ModelConfig config, Events events, Executor ui) {
        this(data, labels, config, events, ui, MemoryLimits::current);
    }

    public TrainingTask(SequenceData data, ItemLabels labels, ModelConfig config, Events events, Executor ui,
                        Supplier<MemoryLimits> limits) {
        this.limits = limits;
        this.data = data;
        this.labels = labels;
        this.config = config;
        this.events = events;
        this.ui = ui;
        this.batches = new BatchCoalescer(ui, events::batch);
        control.onPause((epoch, done, total) -> ui.execute(() -> events.paused(epoch, done, total)));
    }

    @Override
    public void requestStop() {
        super.requestStop();
        control.stop();
    }

    public void pause() {
        control.pause();
    }

    public void resume() {
        control.resume();
    }

    public void stepEpoch() {
        control.stepEpoch();
    }

    public void stepMinibatch() {
        control.stepMinibatch();
    }

    /** Trains on from {@code continuation} instead of a new model (set before the task runs). */
    public void continueFrom(Continuation continuation) {
        from = continuation;
    }

    /** Keeps the model after each epoch in {@code into} (on the training thread) and forwards it. */
    public void keepEpochs(EpochSnapshots into) {
        snapshots = into;
    }

    @Override
    public void run() {
        RunRecorder recorder = null;
        try {
            recorder = new RunRecorder("", config, DataFingerprint.of(data), new Forwarder());
            PreparedData prepared = PreparedData.prepare(data, labels, config, null);
            var description = prepared.describe();
            ui.execute(() -> events.prepared(description));
            TrainingEstimate plain = TrainingEstimate.of(prepared);
            TrainingEstimate estimate = snapshots == null ? plain
                    : plain.withEpochSnapshots(EpochSnapshots.DEFAULT_BUDGET_BYTES);
            TrainingEstimate.Verdict verdict = estimate.check(limits.get());
            if (!verdict.fits()) {
                RunRecord record = recorder.failed(new TrainingException(verdict.refusal()));
                ui.execute(() -> events.refused(verdict.refusal(), record));
                return;
            }
            ui.execute(() -> events.estimated(estimate.summary(), verdict.warnings()));
            TrainingOutcome outcome = new Trainer(prepared, from).train(recorder, control);
            RunRecord record = recorder.finished(outcome);
            ui.execute(() -> events.finished(outcome, record));
        } catch (Throwable t) {
            RunRecord record = (recorder != null ? recorder
                    : new RunRecorder("", config, null, TrainingListener.none())).failed(t);
            ui.execute(() -> events.failed(t, record));
        }
    }

    /** Hands the trainer's events to the UI runner (minibatches coalesced) and keeps epoch models when asked. */
    private final class Forwarder implements TrainingListener {
        @Override
        public void onStart(TrainingPlan plan) {
            ui.execute(() -> events.started(plan));
        }

        @Override
        public void onBatchEnd(int epoch, int batch, int batches) {
            TrainingTask.this.batches.offer(epoch, batch, batches);
        }

        @Override
        public void onSmoothedLoss(int epoch, int batch, int batches, double loss) {
            ui.execute(() -> events.smoothedLoss(epoch, batch, batches, loss));
        }

        @Override
        public void onEpochEnd(EpochMetrics metrics) {
            ui.execute(() -> events.epoch(metrics));
        }

        @Override
        public boolean keepsEpochs() {
            return snapshots != null;
        }

        @Override
        public void onEpochModel(EpochMetrics metrics, TrainedModel atEpoch) {
            if (snapshots.add(metrics.epoch(), atEpoch, problem -> ui.execute(() -> events.epochsNotKept(problem)))) {
                ui.execute(() -> events.epochModel(metrics, atEpoch));
            }
        }
    }
}
