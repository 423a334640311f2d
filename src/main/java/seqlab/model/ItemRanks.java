package seqlab.model;

/**
 * Every item's rank and probability in one prediction, looked up one item at a time: a trace shows the top
 * items of each step but needs the rank of any item its evidence names, and ranking all 8,530 MovieLens
 * items at each of 20 steps took a third of a trace's time.
 */
public final class ItemRanks {

    private final TrainedModel model;
    private final float[] probabilities;
    private final boolean[] skip;

    ItemRanks(TrainedModel model, float[] probabilities, boolean[] skip) {
        this.model = model;
        this.probabilities = probabilities;
        this.skip = skip;
    }

    /**
     * Item {@code token} as the full ranking would list it (the same rank and probability as
     * {@link TrainedModel#predict(java.util.List, int)} with every item ranked).
     *
     * @return null when the model does not know the item or does not rank it here (an item of the prefix
     *         when seen items are excluded)
     */
    public ScoredItem of(String token) {
        int c = model.classOf(token);
        if (c < 0 || skip[c]) {
            return null;
        }
        String item = model.vocabulary().token(c + 1);
        return new ScoredItem(TopClasses.rankOf(probabilities, skip, c), item, model.labels().display(item),
                probabilities[c]);
    }
}
