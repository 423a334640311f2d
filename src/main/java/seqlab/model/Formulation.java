package seqlab.model;

/** How training targets are presented to the network. Both train the same model on the same targets. */
public enum Formulation {
    /**
     * Language-model style: the LSTM runs once over a window of up to max-length items and every
     * step predicts the next item (loss at every step, masks for short windows). Each target is
     * trained once per epoch at about 1/max-length of the LSTM cost of {@link #PREFIXES}.
     */
    WINDOWS,
    /** The notebook's way: one padded prefix per target, loss at the last step only. */
    PREFIXES
}
