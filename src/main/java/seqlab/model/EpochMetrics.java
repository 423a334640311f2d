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
 */
public record EpochMetrics(int epoch, int epochs, double trainLoss, double trainAccuracy, double validationLoss,
                           Map<String, Double> validation, double seconds, double targetsPerSecond, long targets) {

    public EpochMetrics {
        validation = Map.copyOf(validation);
    }

    /** A validation metric such as {@code "hr@10"}, or NaN. */
    public double val(String metric) {
        return validation.getOrDefault(metric, Double.NaN);
    }
}
