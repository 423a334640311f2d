package seqlab.runs;

/** How a run ended. */
public enum RunOutcome {
    /** Every planned epoch was trained. */
    FINISHED,
    /** Stopped on request before its last epoch; the metrics are those of the model when stopped. */
    STOPPED,
    /** Ended with an error (see the record's message); metrics may be missing. */
    FAILED
}
