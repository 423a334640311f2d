package seqlab.runs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

import seqlab.data.DataFingerprint;
import seqlab.eval.MetricsReport;
import seqlab.model.EpochMetrics;
import seqlab.model.ModelConfig;
import seqlab.model.TrainedModel;
import seqlab.model.TrainingListener;
import seqlab.model.TrainingOutcome;
import seqlab.model.TrainingPlan;

/**
 * Records one run: pass it (or chain it after your own listener) to the trainer, then call
 * {@link #finished} or {@link #failed} to get the {@link RunRecord}. Listener calls may come from
 * the training thread; the recorder keeps its own copy of every epoch.
 */
public final class RunRecorder implements TrainingListener {

    private final String id;
    private final String group;
    private final ModelConfig settings;
    private final DataFingerprint data;
    private final TrainingListener next;
    private final LongSupplier nanoClock;
    private final String started;
    private final long startNanos;
    private final List<EpochMetrics> epochs = new ArrayList<>();
    private volatile TrainingPlan plan;

    /**
     * Starts recording now.
     *
     * @param group    sweep name, or empty
     * @param settings the run's settings
     * @param data     the data's fingerprint
     * @param next     a listener that hears everything too (or {@link TrainingListener#none()})
     */
    public RunRecorder(String group, ModelConfig settings, DataFingerprint data, TrainingListener next) {
        this(newId(), group, settings, data, next, System::nanoTime);
    }

    /** Starts recording with a given id and clock (for tests). */
    public RunRecorder(String id, String group, ModelConfig settings, DataFingerprint data, TrainingListener next,
                       LongSupplier nanoClock) {
        this.id = id;
        this.group = group;
        this.settings = settings;
        this.data = data;
        this.next = next;
        this.nanoClock = nanoClock;
        this.started = now();
        this.startNanos = nanoClock.getAsLong();
    }

    /** A new short run id. */
    public static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public String id() {
        return id;
    }

    @Override
    public void onStart(TrainingPlan p) {
        plan = p;
        next.onStart(p);
    }

    @Override
    public void onBatchEnd(int epoch, int batch, int batches) {
        next.onBatchEnd(epoch, batch, batches);
    }

    @Override
    public void onSmoothedLoss(int epoch, int batch, int batches, double loss) {
        next.onSmoothedLoss(epoch, batch, batches, loss);
    }

    @Override
    public void onEpochEnd(EpochMetrics metrics) {
        synchronized (epochs) {
            epochs.add(metrics);
        }
        next.onEpochEnd(metrics);
    }

    @Override
    public boolean keepsEpochs() {
        return next.keepsEpochs();
    }

    @Override
    public void onEpochModel(EpochMetrics metrics, TrainedModel atEpoch) {
        next.onEpochModel(metrics, atEpoch);
    }

    /** The record of a run that ended normally or was stopped; its message is the outcome's warning, if any. */
    public RunRecord finished(TrainingOutcome outcome) {
        List<EpochMetrics> history = outcome.model().history();
        return record(history, outcome.model().test(), outcome.stopped() ? RunOutcome.STOPPED : RunOutcome.FINISHED,
                outcome.warning());
    }

    /** The record of a run that failed; the epochs trained so far are kept. */
    public RunRecord failed(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        List<EpochMetrics> history;
        synchronized (epochs) {
            history = List.copyOf(epochs);
        }
        return record(history, Map.of(), RunOutcome.FAILED, message);
    }

    private RunRecord record(List<EpochMetrics> history, Map<String, MetricsReport> test, RunOutcome outcome,
                             String message) {
        double wall = (nanoClock.getAsLong() - startNanos) / 1e9;
        return new RunRecord(id, started, group, settings, data, history, validation(plan, history), test, wall,
                outcome, message);
    }

    /** Now, as ISO-8601 to the second, the way records store it. */
    public static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Final validation metrics: the kept (best) epoch's for the LSTM, the plan's baselines for the others. */
    public static Map<String, MetricsReport> validation(TrainingPlan plan, List<EpochMetrics> history) {
        Map<String, MetricsReport> v = new LinkedHashMap<>();
        Map<String, MetricsReport> baselines = plan == null ? Map.of() : plan.validationBaselines();
        int best = EpochMetrics.bestEpoch(history);
        EpochMetrics last = history.stream().filter(m -> m.epoch() == best).findFirst().orElse(null);
        if (last != null && !last.validation().isEmpty()) {
            MetricsReport any = baselines.values().stream().findFirst().orElse(null);
            Map<String, Double> ordered = new LinkedHashMap<>();
            if (any != null) {
                any.values().keySet().forEach(k -> ordered.put(k, last.val(k)));
            }
            ordered.putAll(new java.util.TreeMap<>(last.validation()));
            v.put("lstm", new MetricsReport("lstm", ordered, any == null ? 0 : any.evaluated(),
                    any == null ? 0 : any.unknownTargets(), any == null ? 0 : any.emptyPrefixes(),
                    last.validationLoss()));
        }
        for (String name : List.of("popularity", "markov")) {
            if (baselines.containsKey(name)) {
                v.put(name, baselines.get(name));
            }
        }
        return v;
    }
}
