package seqlab.eval;

/** How the data is divided into training, validation and test parts. */
public enum SplitMethod {
    /** Whole sequences are held out at random (seeded): by default 80% train, 10% validation, 10% test. */
    HOLDOUT,
    /** Every sequence's last item is the test target and its second-to-last the validation target. */
    LEAVE_LAST_OUT,
    /** Train on everything; no held-out metrics unless a validation file is given. */
    NONE
}
