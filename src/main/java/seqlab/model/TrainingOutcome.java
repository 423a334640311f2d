package seqlab.model;

/**
 * The end of a run.
 *
 * @param model        the model as kept: the weights of the best validation epoch (see
 *                     {@link EpochMetrics#bestEpoch}), or the last epoch without validation data
 * @param stopped      whether the run was stopped (Stop) before its last epoch
 * @param stoppedEarly whether early stopping ended the run before its last planned epoch
 * @param note         which epoch was kept and why, for the log (empty when no epoch ended)
 * @param warning      what the user should know about the result, such as a training loss that
 *                     diverged far above chance level without becoming NaN; empty when all is well
 * @param optimizer    the optimizer state at the end of the run, to continue it (see
 *                     {@link #continuation()}); null when not known
 */
public record TrainingOutcome(TrainedModel model, boolean stopped, boolean stoppedEarly, String note,
                              String warning, OptimizerState optimizer) {

    public TrainingOutcome {
        warning = warning == null ? "" : warning;
    }

    /** An outcome without optimizer state. */
    public TrainingOutcome(TrainedModel model, boolean stopped, boolean stoppedEarly, String note, String warning) {
        this(model, stopped, stoppedEarly, note, warning, null);
    }

    /** An outcome without a warning. */
    public TrainingOutcome(TrainedModel model, boolean stopped, boolean stoppedEarly, String note) {
        this(model, stopped, stoppedEarly, note, "");
    }

    /** Where a later run goes on from this one: its model, optimizer state and last epoch. */
    public Continuation continuation() {
        return Continuation.of(model, optimizer);
    }

    /** The epoch whose weights the model holds (0 when no epoch ended). */
    public int bestEpoch() {
        return EpochMetrics.bestEpoch(model.history());
    }
}
