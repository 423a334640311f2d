package seqlab.model;

/** The learning rate of each epoch under a {@link LearningRateSchedule}. */
final class LearningRates {

    /** The plateau schedule's factor after an epoch without improvement. */
    static final double PLATEAU_FACTOR = 0.5;
    /** Neither schedule goes below this share of the starting rate. */
    static final double FLOOR = 0.01;

    private final LearningRateSchedule schedule;
    private final double start;
    private final int epochs;
    private double current;

    LearningRates(LearningRateSchedule schedule, double start, int epochs) {
        this.schedule = schedule;
        this.start = start;
        this.epochs = epochs;
        this.current = start;
    }

    /** Goes on from {@code rate}, the rate of the epoch before the next (a continued run's last). */
    void resumeAt(double rate) {
        if (Double.isFinite(rate)) {
            current = rate;
        }
    }

    /** The rate of epoch 1. */
    double first() {
        return start;
    }

    /**
     * The rate of {@code epoch} (2 or later), given whether the epoch before it improved.
     */
    double next(int epoch, boolean previousImproved) {
        current = switch (schedule) {
            case CONSTANT -> start;
            case COSINE -> start * (FLOOR + (1 - FLOOR) * 0.5 * (1 + Math.cos(Math.PI * (epoch - 1) / Math.max(1, epochs - 1))));
            case PLATEAU -> previousImproved ? current : Math.max(start * FLOOR, current * PLATEAU_FACTOR);
        };
        return current;
    }
}
