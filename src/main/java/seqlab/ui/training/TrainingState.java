package seqlab.ui.training;

public enum TrainingState {
    IDLE, PREPARING, RUNNING, PAUSED, STOPPING
}
