package seqlab.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a run goes on from: a trained model, the optimizer state of the run that made it and the
 * epochs already trained. A {@link Trainer} given a continuation starts from the model's weights
 * and this optimizer state, replays the minibatch order of the epochs already trained (the shuffle
 * of each epoch from the config's seed), numbers its epochs on ({@code epochs + 1} onwards) and
 * extends the model's history.
 *
 * <p>With the same data, the same config (but for the epoch count), the constant learning-rate
 * schedule, dropout 0 and no validation data, training 2 epochs and continuing 2 gives the same
 * weights as 4 epochs in one run (up to float rounding). It can differ otherwise: dropout masks come
 * from ND4J's global random generator, whose position is not saved; the cosine schedule spreads over
 * the epochs of one run; and early stopping starts afresh (the best epoch kept by a continued run is
 * the best of its own epochs, which start from the weights the earlier run kept).
 *
 * @param model  the model to train on
 * @param state  its optimizer state; null to start a fresh optimizer on the model's weights
 * @param epochs epochs already trained (the last epoch number in the model's history)
 */
public record Continuation(TrainedModel model, OptimizerState state, int epochs) {

    public Continuation {
        Objects.requireNonNull(model, "model");
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs already trained must be 0 or more, not " + epochs);
        }
    }

    /**
     * What keeps the model from continuing on data whose vocabulary is {@code data}, or null when
     * the items are the same (same tokens, same order); names the items that differ.
     */
    public String itemMismatch(seqlab.data.Vocabulary data) {
        List<String> mine = model.vocabulary().tokens();
        List<String> theirs = data.tokens();
        if (mine.equals(theirs)) {
            return null;
        }
        java.util.Set<String> mineSet = new java.util.LinkedHashSet<>(mine);
        java.util.Set<String> theirSet = new java.util.LinkedHashSet<>(theirs);
        List<String> onlyData = theirs.stream().filter(t -> !mineSet.contains(t)).limit(5).toList();
        List<String> onlyModel = mine.stream().filter(t -> !theirSet.contains(t)).limit(5).toList();
        StringBuilder b = new StringBuilder("the model knows " + mine.size() + " items, the data has " + theirs.size());
        if (!onlyData.isEmpty()) {
            b.append("; only in the data: ").append(String.join(", ", onlyData));
        }
        if (!onlyModel.isEmpty()) {
            b.append("; only in the model: ").append(String.join(", ", onlyModel));
        }
        if (onlyData.isEmpty() && onlyModel.isEmpty()) {
            b.append("; the same items in another order (item ids follow frequency in the data)");
        }
        return b.append(". A model continues only on data with its items").toString();
    }

    /** Continues {@code model} with {@code state} after the last epoch of its history. */
    public static Continuation of(TrainedModel model, OptimizerState state) {
        List<EpochMetrics> history = model.history();
        return new Continuation(model, state, history.isEmpty() ? 0 : history.get(history.size() - 1).epoch());
    }
}
