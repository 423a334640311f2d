package seqlab.model;

/** Where padding goes when a prefix is shorter than the maximum length. */
public enum Padding {
    /** Padding before the prefix, so the last time step sees the last real item (Keras' default). */
    PRE,
    /**
     * Padding after the prefix, as the original notebook's {@code np.pad} did: the last time step
     * sees padding, not the last item. Kept to show why it is wrong.
     */
    POST
}
