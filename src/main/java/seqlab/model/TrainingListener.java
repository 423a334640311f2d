package seqlab.model;

/** Hears about training as it happens. Called on the training thread. */
public interface TrainingListener {

    /** Before the first epoch, with the data prepared and the baselines measured. */
    default void onStart(TrainingPlan plan) {
    }

    /** After each minibatch. */
    default void onBatchEnd(int epoch, int batch, int batches) {
    }

    /** After each epoch, with its metrics. */
    void onEpochEnd(EpochMetrics metrics);

    /** A listener that ignores everything. */
    static TrainingListener none() {
        return m -> { };
    }
}
