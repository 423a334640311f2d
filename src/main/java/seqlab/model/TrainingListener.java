package seqlab.model;

/** Hears about training as it happens. Called on the training thread. */
public interface TrainingListener {

    /** Before the first epoch, with the data prepared and the baselines measured. */
    default void onStart(TrainingPlan plan) {
    }

    /** After each minibatch. */
    default void onBatchEnd(int epoch, int batch, int batches) {
    }

    /**
     * Now and then within an epoch (at most every {@link SmoothedLoss#PERIOD_NANOS} ns, and after the
     * epoch's first minibatch): an exponential moving average of the minibatch loss so far in this
     * epoch.
     */
    default void onSmoothedLoss(int epoch, int batch, int batches, double loss) {
    }

    /** After each epoch, with its metrics. */
    void onEpochEnd(EpochMetrics metrics);

    /**
     * Whether this listener wants the model as it was after each epoch ({@link #onEpochModel}).
     * False by default, and then no copy is made.
     */
    default boolean keepsEpochs() {
        return false;
    }

    /**
     * Right after {@link #onEpochEnd}, only when {@link #keepsEpochs()}: the model as it was at the
     * end of that epoch, on its own copy of the weights (training goes on without touching it). Its
     * history ends with {@code metrics}; it has no test metrics.
     */
    default void onEpochModel(EpochMetrics metrics, TrainedModel atEpoch) {
    }

    /** A listener that ignores everything. */
    static TrainingListener none() {
        return m -> { };
    }
}
