package seqlab.model;

import java.util.Locale;

/**
 * Watches the monitored validation metric epoch by epoch: which epoch is the best so far, and
 * when {@code patience} epochs in a row have not improved on it.
 */
final class EarlyStopping {

    private final Monitor monitor;
    private final int patience;
    private double best = Double.NaN;
    private int bestEpoch;
    private int sinceBest;

    /**
     * @param monitor  the metric watched
     * @param patience epochs without improvement before {@link #shouldStop()}; 0 = never
     */
    EarlyStopping(Monitor monitor, int patience) {
        this.monitor = monitor;
        this.patience = patience;
    }

    /** The monitored value of an epoch's validation results (NaN without validation). */
    double value(double validationLoss, java.util.Map<String, Double> validation) {
        return monitor == Monitor.VAL_LOSS ? validationLoss : validation.getOrDefault("mrr@10", Double.NaN);
    }

    /** Records an epoch's monitored value; returns whether it is the best so far. */
    boolean observe(int epoch, double value) {
        if (Double.isNaN(value)) {
            sinceBest++;
            return false;
        }
        boolean better = Double.isNaN(best) || (monitor == Monitor.VAL_LOSS ? value < best : value > best);
        if (better) {
            best = value;
            bestEpoch = epoch;
            sinceBest = 0;
        } else {
            sinceBest++;
        }
        return better;
    }

    /** Whether {@code patience} epochs have passed without improvement. */
    boolean shouldStop() {
        return patience > 0 && bestEpoch > 0 && sinceBest >= patience;
    }

    /** The best epoch so far (0 before any). */
    int bestEpoch() {
        return bestEpoch;
    }

    /** The metric's name and its best value, e.g. {@code validation MRR@10 0.0412}. */
    String describeBest() {
        return String.format(Locale.ROOT, "%s %.4f", name(monitor), best);
    }

    /** The metric's readable name. */
    static String name(Monitor monitor) {
        return monitor == Monitor.VAL_LOSS ? "validation loss" : "validation MRR@10";
    }
}
