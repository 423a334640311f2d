package seqlab.model;

/** How a prefix of item ids becomes the network's input row; the network reads its last step. */
enum InputLayout {
    /** The prefix as it is (windows-trained models never saw padding). */
    UNPADDED,
    /** Left-padded to max length. */
    PRE_PADDED,
    /** Right-padded to max length (the notebook's mistake). */
    POST_PADDED;

    static InputLayout of(ModelConfig config) {
        if (config.formulation() == Formulation.WINDOWS) {
            return UNPADDED;
        }
        return config.padding() == Padding.PRE ? PRE_PADDED : POST_PADDED;
    }

    /** The input ids for {@code prefix} (item ids, oldest first, at most max length). */
    int[] arrange(int[] prefix, int maxLength) {
        if (this == UNPADDED) {
            return prefix;
        }
        int[] row = new int[maxLength];
        System.arraycopy(prefix, 0, row, this == PRE_PADDED ? maxLength - prefix.length : 0, prefix.length);
        return row;
    }
}
