package seqlab.model;

/**
 * The end of a run.
 *
 * @param model        the model as kept: the weights of the best validation epoch (see
 *                     {@link EpochMetrics#bestEpoch}), or the last epoch without validation data
 * @param stopped      whether the run was stopped (Stop) before its last epoch
 * @param stoppedEarly whether early stopping ended the run before its last planned epoch
 * @param note         which epoch was kept and why, for the log (empty when no epoch ended)
 */
public record TrainingOutcome(TrainedModel model, boolean stopped, boolean stoppedEarly, String note) {

    /** The epoch whose weights the model holds (0 when no epoch ended). */
    public int bestEpoch() {
        return EpochMetrics.bestEpoch(model.history());
    }
}
