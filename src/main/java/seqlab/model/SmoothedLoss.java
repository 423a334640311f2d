package seqlab.model;

/**
 * An exponential moving average of the minibatch loss within one epoch, handed to the listener at
 * most every half second so that a large data set shows progress in its first seconds.
 */
final class SmoothedLoss {

    /** The shortest time between two reports. */
    static final long PERIOD_NANOS = 500_000_000L;

    /** Weight of the newest minibatch in the average. */
    static final double ALPHA = 0.05;

    private double average = Double.NaN;
    private long lastReport;
    private boolean reported;

    void observe(int epoch, int batch, int batches, double loss, TrainingListener listener) {
        average = Double.isNaN(average) ? loss : ALPHA * loss + (1 - ALPHA) * average;
        long now = System.nanoTime();
        if (!reported || now - lastReport >= PERIOD_NANOS) {
            reported = true;
            lastReport = now;
            listener.onSmoothedLoss(epoch, batch, batches, average);
        }
    }

    double average() {
        return average;
    }
}
