package seqlab.model;

import java.util.Map;

/**
 * What one epoch did.
 *
 * @param epoch            1-based epoch number
 * @param epochs           epochs planned
 * @param trainLoss        mean cross-entropy of the epoch's training targets (natural log), as
 *                         computed on each minibatch before its update
 * @param trainAccuracy    top-1 accuracy on a fixed sample of training targets after the epoch
 * @param validationLoss   mean cross-entropy on the validation targets, NaN without validation
 * @param validation       validation metrics ({@code hr@10}, {@code mrr@10}, ...), empty without validation
 * @param seconds          wall time of the training part of the epoch (validation excluded)
 * @param targetsPerSecond next-item targets trained per second
 * @param targets          next-item targets trained in the epoch
 * @param learningRate     the learning rate the epoch trained with (NaN when not recorded)
 * @param improved         whether the monitored validation metric was the best so far after this
 *                         epoch (its weights are then the ones kept, unless a later epoch improves)
 */
public record EpochMetrics(int epoch, int epochs, double trainLoss, double trainAccuracy, double validationLoss,
                           Map<String, Double> validation, double seconds, double targetsPerSecond, long targets,
                           double learningRate, boolean improved) {

    public EpochMetrics {
        validation = Map.copyOf(validation);
    }

    /** An epoch whose learning rate was not recorded and that is not marked as an improvement. */
    public EpochMetrics(int epoch, int epochs, double trainLoss, double trainAccuracy, double validationLoss,
                        Map<String, Double> validation, double seconds, double targetsPerSecond, long targets) {
        this(epoch, epochs, trainLoss, trainAccuracy, validationLoss, validation, seconds, targetsPerSecond, targets,
                Double.NaN, false);
    }

    /**
     * The epoch whose weights a run kept: the last one marked {@link #improved()}, or the last
     * epoch when none is (no validation data, or a run recorded before early stopping); 0 for an
     * empty history.
     */
    public static int bestEpoch(java.util.List<EpochMetrics> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).improved()) {
                return history.get(i).epoch();
            }
        }
        return history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
    }

    /** A validation metric such as {@code "hr@10"}, or NaN. */
    public double val(String metric) {
        return validation.getOrDefault(metric, Double.NaN);
    }
}
