package seqlab.model;

/** How the learning rate changes over the epochs of a run. */
public enum LearningRateSchedule {
    /**
     * Halve the learning rate after every epoch in which the monitored validation metric did not
     * improve; without validation data the rate stays as it is.
     */
    PLATEAU,
    /** Cosine decay from the learning rate to 1% of it over the planned epochs. */
    COSINE,
    /** The same learning rate throughout (the notebook's). */
    CONSTANT
}
