package seqlab.ui.training;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.model.Continuation;
import seqlab.model.EpochMetrics;
import seqlab.model.EpochSnapshots;
import seqlab.model.Hyperparameter;
import seqlab.model.MemoryLimits;
import seqlab.model.ModelConfig;
import seqlab.model.OptimizerState;
import seqlab.model.TrainedModel;
import seqlab.model.TrainingOutcome;
import seqlab.model.TrainingPlan;
import seqlab.runs.RunRecord;
import seqlab.ui.common.CoreSentences;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.common.UiText;
import seqlab.ui.concurrent.Runners;

public class TrainingViewModel implements TrainingTask.Events {

    private final Runners runners;
    private final LongSupplier nanoClock;
    private final ReadOnlyObjectWrapper<TrainingState> state = new ReadOnlyObjectWrapper<>(TrainingState.IDLE);
    private final ReadOnlyObjectWrapper<TrainedModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper modelOrigin = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TrainedModel> lastRunModel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainingPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(UiText.get("training.progress.idle"));
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper finishNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper estimate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ObservableList<EpochMetrics> epochs = FXCollections.observableArrayList();
    private final ObservableList<EpochMetrics> epochsReadOnly = FXCollections.unmodifiableObservableList(epochs);
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ObservableList<SmoothedLossPoint> smoothed = FXCollections.observableArrayList();
    private final ObservableList<SmoothedLossPoint> smoothedReadOnly = FXCollections.unmodifiableObservableList(smoothed);
    private final ObservableList<String> logReadOnly = FXCollections.unmodifiableObservableList(log);
    private final BooleanBinding busy = Bindings.createBooleanBinding(() -> state.get() != TrainingState.IDLE, state);
    private final Supplier<MemoryLimits> limits;
    private TrainingTask task;
    private boolean epochModelsWanted;
    private final ReadOnlyObjectWrapper<EpochSnapshots> snapshots = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Integer> snapshotEpochs = FXCollections.observableArrayList();
    private final ObservableList<Integer> snapshotEpochsReadOnly = FXCollections.unmodifiableObservableList(snapshotEpochs);
    private final ReadOnlyObjectWrapper<TrainedModel> latestEpochModel = new ReadOnlyObjectWrapper<>();
    private long startNanos;
    /**
     * Where Continue goes on from: the current model with its optimizer state (null: a fresh optimizer) and the
     * data it trained on in this session (null data: the workbench's data when Continue is pressed).
     */
    private record LastRun(SequenceData data, ItemLabels labels, ModelConfig config, Continuation end) {
    }
    private final ReadOnlyObjectWrapper<LastRun> continuable = new ReadOnlyObjectWrapper<>();
    private LastRun starting;
    private LastRun beforeLaunch;
    private TrainedModel snapshotsOwner;
    private Supplier<SequenceData> workbenchData = () -> null;
    private Supplier<ItemLabels> workbenchLabels = ItemLabels::none;
    private final BooleanBinding currentModelHasEpochs = Bindings.createBooleanBinding(
            () -> epochsOf(model.get()) != null, model, snapshots, state);
    private BiConsumer<RunRecord, TrainedModel> runRecords = (record, trained) -> { };
    private boolean recordsRun;
    private final BooleanBinding canContinue = Bindings.createBooleanBinding(
            () -> continuable.get() != null && state.get() == TrainingState.IDLE, continuable, state);

    public TrainingViewModel(Runners runners) {
        this(runners, System::nanoTime);
    }

    public TrainingViewModel(Runners runners, LongSupplier nanoClock) {
        this(runners, nanoClock, MemoryLimits::current);
    }

    public TrainingViewModel(Runners runners, LongSupplier nanoClock, Supplier<MemoryLimits> limits) {
        this.runners = runners;
        this.nanoClock = nanoClock;
        this.limits = limits;
    }

    /**
     * Hands each run started with {@link #start} to {@code records} when it ends: its record and its model (null
     * when it failed or did not start). Continued training is not recorded.
     */
    public void recordRunsWith(BiConsumer<RunRecord, TrainedModel> records) {
        runRecords = records;
    }

    public void start(SequenceData data, ItemLabels labels, ModelConfig config) {
        if (busy.get()) {
            return;
        }
        epochs.clear();
        smoothed.clear();
        launch(data, labels, config, null);
    }

    /**
     * Trains the last run's model for {@code more} epochs with its optimizer state, on the same data
     * and settings; the epochs are numbered on and added to the same curves. Does nothing unless
     * {@link #canContinueBinding()} holds.
     */
    public void continueTraining(int more) {
        LastRun last = continuable.get();
        if (!canContinue.get() || more < 1) {
            return;
        }
        SequenceData data = last.data() != null ? last.data() : workbenchData.get();
        if (data == null) {
            error.set(UiText.format("training.continue.noData", modelOrigin.get()));
            return;
        }
        if (last.data() == null) {
            // the curves go on from the model's own epochs, not from whatever run was charted before
            epochs.setAll(last.end().model().history());
            smoothed.clear();
        }
        log.add(UiText.format(last.end().state() != null ? "training.log.continuing" : "training.log.continuingFresh",
                modelOrigin.get(), last.end().epochs(), more));
        launch(data, last.data() != null ? last.labels() : workbenchLabels.get(),
                last.config().toBuilder().epochs(more).build(), last.end());
    }

    /**
     * Where Continue finds the sequences for a model that did not train in this session (opened from a file,
     * chosen in Runs): the workbench's data and labels when Continue is pressed.
     */
    public void continueOn(Supplier<SequenceData> data, Supplier<ItemLabels> labels) {
        workbenchData = data;
        workbenchLabels = labels;
    }

    private void launch(SequenceData data, ItemLabels labels, ModelConfig config, Continuation from) {
        // what a refused, failed or stopped run leaves continuable: the model that was current before it
        beforeLaunch = continuable.get();
        continuable.set(null);
        starting = new LastRun(data, labels, config, null);
        recordsRun = from == null;
        lastRunModel.set(null);
        plan.set(null);
        error.set("");
        finishNote.set("");
        estimate.set(UiText.get("training.estimating"));
        warning.set("");
        // determinate at 0 rather than indeterminate: the label says what is happening, and an indeterminate bar
        // would repaint every frame while the data preparation competes with the window for the CPU
        progress.set(0);
        progressText.set(UiText.get("training.progress.preparing"));
        timeText.set("");
        log.add(UiText.format("training.log.start", data.source(), config.maxLength(), config.embeddingDim(),
                config.units(), config.epochs(), config.batchSize(), String.valueOf(config.learningRate()),
                String.valueOf(config.seed()), Hyperparameter.PADDING.text(config), Hyperparameter.TRAINING.text(config)));
        state.set(TrainingState.PREPARING);
        startNanos = nanoClock.getAsLong();
        task = new TrainingTask(data, labels, config, this, runners.ui(), limits);
        task.continueFrom(from);
        replaceSnapshots(epochModelsWanted ? new EpochSnapshots() : null);
        if (snapshots.get() != null) {
            task.keepEpochs(snapshots.get());
        }
        runners.background().submit(task);
    }

    /**
     * Asks that the runs started from now on keep the model after each epoch (for the epoch
     * scrubber); without it no copies are made.
     */
    public void keepEpochModels() {
        epochModelsWanted = true;
    }

    public void stop() {
        if (task != null && busy.get()) {
            task.requestStop();
            state.set(TrainingState.STOPPING);
            progressText.set(UiText.get("training.progress.stopping"));
        }
    }

    public void pause() {
        if (task != null && state.get() == TrainingState.RUNNING) {
            task.pause();
            state.set(TrainingState.PAUSED);
            progressText.set(UiText.get("training.progress.pausing"));
        }
    }

    public void resume() {
        if (task != null && state.get() == TrainingState.PAUSED) {
            task.resume();
            state.set(TrainingState.RUNNING);
        }
    }

    public void togglePause() {
        if (state.get() == TrainingState.PAUSED) {
            resume();
        } else {
            pause();
        }
    }

    /** Runs to the end of the current epoch and pauses: from a pause at an epoch's end, exactly one epoch. */
    public void stepEpoch() {
        if (task != null && (state.get() == TrainingState.PAUSED || state.get() == TrainingState.RUNNING)) {
            task.stepEpoch();
            state.set(TrainingState.RUNNING);
        }
    }

    public void stepMinibatch() {
        if (task != null && (state.get() == TrainingState.PAUSED || state.get() == TrainingState.RUNNING)) {
            task.stepMinibatch();
            state.set(TrainingState.RUNNING);
        }
    }

    @Override
    public void paused(int epoch, int done, int batches) {
        if (task == null || state.get() == TrainingState.IDLE || state.get() == TrainingState.STOPPING) {
            return;
        }
        state.set(TrainingState.PAUSED);
        progressText.set(done == 0 && epoch > 1
                ? UiText.format("training.progress.paused", epoch - 1, batches, batches)
                : UiText.format("training.progress.paused", epoch, done, batches));
    }

    @Override
    public void smoothedLoss(int epoch, int batch, int batches, double loss) {
        if (state.get() != TrainingState.IDLE && batches > 0) {
            smoothed.add(new SmoothedLossPoint(epoch - 1 + batch / (double) batches, loss));
        }
    }

    public ObservableList<SmoothedLossPoint> smoothedLoss() {
        return smoothedReadOnly;
    }

    /** Makes {@code chosen} the model that predicts; {@code origin} says where it came from (a run, a file). */
    public void useModel(TrainedModel chosen, String origin) {
        useModel(chosen, origin, null);
    }

    /**
     * {@link #useModel(TrainedModel, String)} with the optimizer state that continues its training (null: Continue
     * starts a fresh optimizer on its weights). Continue then trains it on the workbench's data.
     */
    public void useModel(TrainedModel chosen, String origin, OptimizerState optimizer) {
        use(chosen, origin);
        continuable.set(chosen == null ? null : new LastRun(null, null, chosen.config(),
                Continuation.of(chosen, optimizer)));
    }

    private void use(TrainedModel chosen, String origin) {
        if (!busy.get()) {
            // the last run's epochs are not the chosen model's
            replaceSnapshots(null);
        }
        modelOrigin.set(origin);
        model.set(chosen);
    }

    /** The epochs the inside views can show become {@code next}'s (none for null); the old ones' file is deleted. */
    private void replaceSnapshots(EpochSnapshots next) {
        EpochSnapshots previous = snapshots.get();
        snapshotsOwner = null;
        snapshotEpochs.clear();
        latestEpochModel.set(null);
        snapshots.set(next);
        if (previous != null) {
            previous.close();
        }
    }

    /** Renames where the current model came from, if it is still {@code which}. */
    public void nameModel(TrainedModel which, String origin) {
        if (model.get() == which) {
            modelOrigin.set(origin);
        }
    }

    @Override
    public void prepared(List<String> description) {
        description.forEach(d -> log.add("  " + CoreSentences.of(d)));
    }

    @Override
    public void estimated(String summary, List<String> warnings) {
        estimate.set(String.join("\n", Stream.concat(Stream.of(summary),
                warnings.stream()).map(CoreSentences::of).toList()));
        log.add("  " + CoreSentences.of(summary));
        warnings.forEach(w -> log.add("  " + CoreSentences.of(w)));
    }

    @Override
    public void epochsNotKept(String problem) {
        log.add("  " + UiText.format("training.epochsNotKept", problem));
    }

    @Override
    public void refused(String reason, RunRecord record) {
        continuable.set(beforeLaunch);
        String message = UiText.format("training.notStarted", CoreSentences.of(reason));
        estimate.set(CoreSentences.of(reason));
        error.set(message);
        log.add(message);
        progress.set(0);
        progressText.set(UiText.get("training.progress.notStarted"));
        fileRun(record, null);
        task = null;
        state.set(TrainingState.IDLE);
    }

    @Override
    public void started(TrainingPlan p) {
        plan.set(p);
        if (state.get() == TrainingState.PREPARING) {
            state.set(TrainingState.RUNNING);
        }
        progress.set(0);
        progressText.set(UiText.format("training.progress.running", epochs.size() + 1, p.epochs(), 0,
                p.batchesPerEpoch()));
        log.add(UiText.format("training.log.plan",
                p.batchesPerEpoch(), p.targetsPerEpoch(), p.items(), p.threads()));
        log.add("  " + CoreSentences.of(p.stoppingNote()));
        p.validationBaselines().forEach((name, r) -> log.add(UiText.format("training.log.baseline", name, r.hr(10))));
    }

    @Override
    public void batch(int epoch, int batch, int batches) {
        TrainingPlan p = plan.get();
        if (p == null || state.get() == TrainingState.IDLE) {
            return;
        }
        double done = ((epoch - 1) * (double) batches + batch) / ((double) p.epochs() * batches);
        progress.set(done);
        if (state.get() == TrainingState.RUNNING) {
            progressText.set(UiText.format("training.progress.running", epoch, p.epochs(), batch, batches));
        }
        double elapsed = (nanoClock.getAsLong() - startNanos) / 1e9;
        timeText.set(done > 0 ? UiText.format("training.time.elapsedEta", duration(elapsed),
                duration(elapsed * (1 - done) / done)) : UiText.format("training.time.elapsed", duration(elapsed)));
    }

    @Override
    public void epoch(EpochMetrics metrics) {
        epochs.add(metrics);
        log.add(EpochLog.line(metrics));
    }

    @Override
    public void epochModel(EpochMetrics metrics, TrainedModel atEpoch) {
        if (snapshots.get() != null && snapshots.get().contains(metrics.epoch())) {
            snapshotEpochs.add(metrics.epoch());
            latestEpochModel.set(atEpoch);
        }
    }

    @Override
    public void finished(TrainingOutcome outcome, RunRecord record) {
        lastRunModel.set(outcome.model());
        boolean keepPrevious = outcome.stopped() && model.get() != null;
        if (!keepPrevious) {
            use(outcome.model(), UiText.format("training.origin.trainedAt", LocalTime.now().withNano(0).toString()));
            snapshotsOwner = snapshots.get() == null ? null : outcome.model();
            continuable.set(starting == null || outcome.model().history().isEmpty() ? null
                    : new LastRun(starting.data(), starting.labels(), starting.config(), outcome.continuation()));
        } else {
            continuable.set(beforeLaunch);
        }
        double elapsed = (nanoClock.getAsLong() - startNanos) / 1e9;
        String note = UiText.format("training.finish.after", UiText.get(outcome.stopped() ? "training.finish.stopped"
                : outcome.stoppedEarly() ? "training.finish.stoppedEarly" : "training.finish.finished"),
                epochs.size(), duration(elapsed))
                + (keepPrevious ? UiText.format("training.finish.previousPredicts", modelOrigin.get())
                : UiText.get("training.finish.ready"))
                + (outcome.warning().isEmpty() ? "" : UiText.get("training.finish.seeWarning"));
        finishNote.set(note);
        timeText.set(UiText.format("training.time.took", duration(elapsed)));
        log.add(note);
        if (!outcome.note().isEmpty()) {
            log.add("  " + CoreSentences.of(outcome.note()));
        }
        if (!outcome.warning().isEmpty()) {
            log.add(UiText.format("training.log.warning", CoreSentences.of(outcome.warning())));
        }
        warning.set(CoreSentences.of(outcome.warning()));
        outcome.model().test().forEach((name, r) -> log.add(UiText.format("training.log.test", name, r.hr(1), r.hr(10),
                r.mrr(10))));
        progress.set(outcome.stopped() ? progress.get() : 1);
        progressText.set(UiText.get(outcome.stopped() ? "training.progress.stopped" : "training.progress.done"));
        fileRun(record, outcome.model());
        task = null;
        state.set(TrainingState.IDLE);
    }

    @Override
    public void failed(Throwable t, RunRecord record) {
        continuable.set(beforeLaunch);
        String message = ErrorMessages.of(UiText.get("training.failed"), t);
        error.set(message);
        log.add(message);
        progress.set(0);
        progressText.set(UiText.get("training.progress.failed"));
        fileRun(record, null);
        task = null;
        state.set(TrainingState.IDLE);
    }

    private void fileRun(RunRecord record, TrainedModel trained) {
        if (recordsRun && record != null) {
            runRecords.accept(record, trained);
        }
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d:%02d min", s / 60, s % 60);
    }

    public String logText() {
        return String.join("\n", log) + "\n";
    }

    /** The epoch models of the latest run (null when it kept none); closed when the next run starts. */
    public ReadOnlyObjectProperty<EpochSnapshots> snapshotsProperty() {
        return snapshots.getReadOnlyProperty();
    }

    /**
     * Shows {@code epochs}, the epochs saved with {@code owner} (a model just opened and made current with
     * {@link #useModel}), in the epoch scrubber; does nothing while a run trains.
     */
    public void showEpochs(TrainedModel owner, EpochSnapshots epochs) {
        if (busy.get() || owner != model.get()) {
            epochs.close();
            return;
        }
        replaceSnapshots(epochs);
        snapshotsOwner = owner;
        snapshotEpochs.setAll(epochs.epochs());
    }

    /** The epoch models of {@code trained}'s run when they are kept (to save with it), otherwise null. */
    public EpochSnapshots epochsOf(TrainedModel trained) {
        return trained != null && trained == snapshotsOwner && !busy.get() ? snapshots.get() : null;
    }

    /** Whether the current model's epochs are kept, so that they can be saved with it. */
    public BooleanBinding currentModelHasEpochsBinding() {
        return currentModelHasEpochs;
    }

    /** The epochs of the latest run whose models are in {@link #snapshotsProperty()}, in order. */
    public ObservableList<Integer> snapshotEpochs() {
        return snapshotEpochsReadOnly;
    }

    /** The model after the latest epoch of the current run, null before its first epoch ends. */
    public ReadOnlyObjectProperty<TrainedModel> latestEpochModelProperty() {
        return latestEpochModel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /**
     * The optimizer state the last run ended with when {@code trained} is that run's model (to save
     * with it, so that it can be continued later), otherwise null.
     */
    public OptimizerState optimizerStateOf(TrainedModel trained) {
        LastRun last = continuable.get();
        return last != null && last.end().model() == trained ? last.end().state() : null;
    }

    /** Whether Continue can run: there is a current model (trained here, opened or chosen in Runs) and nothing runs. */
    public BooleanBinding canContinueBinding() {
        return canContinue;
    }

    public BooleanBinding busyBinding() {
        return busy;
    }

    public ReadOnlyObjectProperty<TrainedModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** Where the current model came from: "run 3", "model file m.zip", ... */
    public ReadOnlyStringProperty modelOriginProperty() {
        return modelOrigin.getReadOnlyProperty();
    }

    /** The model the last run ended with, current or not (a stopped run does not replace the current model). */
    public ReadOnlyObjectProperty<TrainedModel> lastRunModelProperty() {
        return lastRunModel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainingPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeTextProperty() {
        return timeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The run's estimate and its warnings (or why it did not start), from before training started. */
    public ReadOnlyStringProperty estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    /** The last run's warning (the loss diverged), or empty. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty finishNoteProperty() {
        return finishNote.getReadOnlyProperty();
    }

    public ObservableList<EpochMetrics> epochs() {
        return epochsReadOnly;
    }

    public ObservableList<String> log() {
        return logReadOnly;
    }
}
