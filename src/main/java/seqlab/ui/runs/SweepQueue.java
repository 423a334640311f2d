package seqlab.ui.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import seqlab.data.DataFingerprint;
import seqlab.data.SequenceData;
import seqlab.model.EpochMetrics;
import seqlab.model.ModelConfig;
import seqlab.model.TrainedModel;
import seqlab.runs.RunRecord;
import seqlab.runs.SweepPlan;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.common.UiText;

/** The sweep form and the queue of runs it starts: one or two settings to vary, seeds, progress, stop. */
public class SweepQueue implements SweepTask.Events {

    private final Runners runners;
    private final BiConsumer<RunRecord, TrainedModel> record;
    private final Consumer<String> message;
    private final StringProperty firstAxis = new SimpleStringProperty("embedding-dim=8,16,32");
    private final StringProperty secondAxis = new SimpleStringProperty("units=32,64");
    private final StringProperty seeds = new SimpleStringProperty("1");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final SimpleBooleanProperty otherTrainingBusy = new SimpleBooleanProperty(false);
    private final StringBinding sweepProblem;
    private final BooleanBinding canQueue;
    private final BooleanBinding idle;
    private Supplier<RunInputs> inputs = () -> null;
    private SweepTask task;
    private int sweeps;

    /**
     * @param record  hears each finished run, with its model (null when it failed)
     * @param message shows a message to the user
     */
    SweepQueue(Runners runners, BiConsumer<RunRecord, TrainedModel> record, Consumer<String> message) {
        this.runners = runners;
        this.record = record;
        this.message = message;
        sweepProblem = Bindings.createStringBinding(this::sweepProblem, firstAxis, secondAxis, seeds);
        idle = running.or(otherTrainingBusy).not();
        canQueue = idle.and(Bindings.createBooleanBinding(() -> sweepProblem.get().isEmpty(), sweepProblem));
    }

    void connect(Supplier<RunInputs> inputs, ObservableBooleanValue training) {
        this.inputs = inputs;
        otherTrainingBusy.bind(training);
    }

    private String sweepProblem() {
        try {
            plan();
            return "";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    SweepPlan plan() {
        List<String> specs = new ArrayList<>();
        for (String s : List.of(firstAxis.get(), secondAxis.get())) {
            if (s != null && !s.isBlank()) {
                specs.add(s.strip());
            }
        }
        int n;
        try {
            n = Integer.parseInt(seeds.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(UiText.format("runs.seedsNotWhole", seeds.get()));
        }
        if (specs.isEmpty() && n <= 1) {
            throw new IllegalArgumentException(UiText.get("runs.nothingToVary"));
        }
        return SweepPlan.parse(specs, n);
    }

    public void queueSweep() {
        RunInputs s = inputs.get();
        if (s == null || s.data() == null) {
            message.accept(UiText.get("runs.noData"));
            return;
        }
        try {
            SweepPlan plan = plan();
            queue(s, "sweep " + (++sweeps) + " (" + plan.axes().stream().map(a -> a.parameter().key())
                    .reduce((a, b) -> a + " x " + b).orElse("seeds") + ")", plan.configs(s.settings()));
        } catch (RuntimeException e) {
            message.accept(ErrorMessages.of(UiText.get("runs.cannotQueueSweep"), e));
        }
    }

    /** Queues one run with {@code previous}'s settings on the open data. */
    public void rerun(RunRecord previous) {
        RunInputs s = inputs.get();
        if (s == null || s.data() == null) {
            message.accept(UiText.get("runs.noData"));
            return;
        }
        if (queue(s, "re-run of " + previous.id(), List.of(previous.settings())) && previous.data() != null) {
            SequenceData data = s.data();
            // hashing large data takes a while (~0.1 s for MovieLens): not on the FX thread
            CompletableFuture.supplyAsync(() -> DataFingerprint.of(data), runners.work())
                    .thenAcceptAsync(open -> noteOtherData(data, open, previous), runners.ui());
        }
    }

    private void noteOtherData(SequenceData data, DataFingerprint open, RunRecord previous) {
        if (!open.sameContent(previous.data())) {
            message.accept(UiText.format("runs.rerunOtherData", data.source(), previous.id(), previous.data().source()));
        }
    }

    private boolean queue(RunInputs s, String group, List<ModelConfig> configs) {
        if (running.get() || otherTrainingBusy.get()) {
            message.accept(UiText.get("runs.waitForTraining"));
            return false;
        }
        message.accept("");
        running.set(true);
        progressText.set(UiText.format("runs.progress.queued", configs.size()));
        task = new SweepTask(s.data(), s.labels(), group, configs, this, runners.ui());
        runners.background().submit(task);
        return true;
    }

    public void stop() {
        if (task != null && running.get()) {
            task.requestStop();
            progressText.set(UiText.get("runs.progress.stopping"));
        }
    }

    @Override
    public void runStarting(int index, int total, ModelConfig config) {
        progressText.set(UiText.format("runs.progress.starting", index + 1, total));
    }

    @Override
    public void epoch(int index, int total, EpochMetrics m) {
        if (task != null) {
            progressText.set(UiText.format("runs.progress.epoch", index + 1, total, m.epoch(), m.epochs()));
        }
    }

    @Override
    public void runFinished(int index, int total, RunRecord finished, TrainedModel model) {
        record.accept(finished, model);
    }

    @Override
    public void queueEnded(boolean stopped) {
        progressText.set(UiText.get(stopped ? "runs.progress.queueStopped" : "runs.progress.queueDone"));
        task = null;
        running.set(false);
    }

    public StringProperty firstAxisProperty() {
        return firstAxis;
    }

    public StringProperty secondAxisProperty() {
        return secondAxis;
    }

    public StringProperty seedsProperty() {
        return seeds;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public StringBinding sweepProblemBinding() {
        return sweepProblem;
    }

    /** True when neither a sweep nor a single run is training. */
    public BooleanBinding idleBinding() {
        return idle;
    }

    public BooleanBinding canQueueBinding() {
        return canQueue;
    }
}
