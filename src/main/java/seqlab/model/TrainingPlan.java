package seqlab.model;

import java.util.Map;

import seqlab.eval.MetricsReport;

/**
 * What a run is about to do.
 *
 * @param epochs              epochs planned
 * @param batchesPerEpoch     minibatches per epoch
 * @param targetsPerEpoch     next-item targets per epoch
 * @param items               item ids (classes)
 * @param splitNote           how the data was split
 * @param validationBaselines the baselines' metrics on the validation set (empty without one)
 * @param threads             native threads used
 * @param stoppingNote        which epoch will be kept and when training ends early
 */
public record TrainingPlan(int epochs, int batchesPerEpoch, long targetsPerEpoch, int items, String splitNote,
                           Map<String, MetricsReport> validationBaselines, int threads, String stoppingNote) {

    public TrainingPlan {
        validationBaselines = Map.copyOf(validationBaselines);
    }
}
