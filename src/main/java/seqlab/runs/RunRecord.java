package seqlab.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import seqlab.data.DataFingerprint;
import seqlab.eval.MetricsReport;
import seqlab.model.EpochMetrics;
import seqlab.model.ModelConfig;

/**
 * One training run as it happened. Immutable.
 *
 * @param id          unique within a history (short, readable)
 * @param started     when it started, ISO-8601 (UTC)
 * @param group       the sweep it belongs to, or empty for a single run
 * @param settings    every hyperparameter
 * @param data        the data it was given (name, size, hash)
 * @param epochs      metrics of every epoch trained, in order
 * @param validation  final validation metrics per scorer ({@code lstm} from the kept, best epoch,
 *                    {@code popularity} and {@code markov} measured before training); empty without
 *                    a validation set
 * @param test        final held-out test metrics per scorer ({@code lstm}, {@code popularity},
 *                    {@code markov}); empty without a test set or when the run failed
 * @param wallSeconds wall time from start to end, preparation and evaluation included
 * @param outcome     how it ended
 * @param message     why it failed; for a finished or stopped run, a warning about its result (the
 *                    training loss diverged); empty when there is nothing to say
 */
public record RunRecord(String id, String started, String group, ModelConfig settings, DataFingerprint data,
                        List<EpochMetrics> epochs, Map<String, MetricsReport> validation,
                        Map<String, MetricsReport> test, double wallSeconds, RunOutcome outcome, String message) {

    /** Scorer names in table order. */
    public static final List<String> SCORERS = List.of("lstm", "popularity", "markov");

    public RunRecord {
        group = group == null ? "" : group;
        message = message == null ? "" : message;
        epochs = epochs == null ? List.of() : List.copyOf(epochs);
        validation = validation == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(validation));
        test = test == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(test));
    }

    /** A final validation metric such as {@code ("lstm", "mrr@10")}, or NaN. */
    public double validationValue(String scorer, String metric) {
        return value(validation, scorer, metric);
    }

    /** A final test metric such as {@code ("lstm", "hr@10")}, or NaN. */
    public double testValue(String scorer, String metric) {
        return value(test, scorer, metric);
    }

    private static double value(Map<String, MetricsReport> reports, String scorer, String metric) {
        MetricsReport r = reports.get(scorer);
        if (r == null) {
            return Double.NaN;
        }
        return metric.equals("loss") ? r.loss() : r.get(metric);
    }

    /** Epochs actually trained. */
    public int epochsTrained() {
        return epochs.size();
    }

    /** The epoch whose weights the run kept (see {@link EpochMetrics#bestEpoch}); 0 when none ended. */
    public int bestEpoch() {
        return EpochMetrics.bestEpoch(epochs);
    }
}
