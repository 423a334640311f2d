package seqlab.model;

/** The validation metric that early stopping and the plateau schedule watch. */
public enum Monitor {
    /** Mean reciprocal rank at 10 on the validation targets; higher is better. */
    MRR_AT_10,
    /** Mean cross-entropy on the validation targets; lower is better. */
    VAL_LOSS
}
