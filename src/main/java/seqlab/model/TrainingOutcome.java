package seqlab.model;

/**
 * The end of a run.
 *
 * @param model   the model as it is at the end (after Stop: as it was when stopped)
 * @param stopped whether the run was stopped before its last epoch
 */
public record TrainingOutcome(TrainedModel model, boolean stopped) {
}
