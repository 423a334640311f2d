package seqlab.model;

import java.util.ArrayList;
import java.util.List;

import seqlab.data.Vocabulary;

/**
 * A model's items with their embedding vectors, in vocabulary order (item id {@code i + 1} at index {@code i}):
 * the padding row is left out, the rare item ({@link Vocabulary#RARE_TOKEN}), when the model has one, is last.
 *
 * @param tokens  item tokens
 * @param labels  display names (the token where the model has no label)
 * @param counts  how often each item occurred in the training sequences, as the popularity baseline counted
 * @param vectors the embedding row of each item
 */
public record ItemVectors(List<String> tokens, List<String> labels, long[] counts, float[][] vectors) {

    public ItemVectors {
        tokens = List.copyOf(tokens);
        labels = List.copyOf(labels);
        if (labels.size() != tokens.size() || counts.length != tokens.size() || vectors.length != tokens.size()) {
            throw new IllegalArgumentException("tokens, labels, counts and vectors differ in length");
        }
    }

    /** The items of {@code model} and a copy of its embedding rows. */
    public static ItemVectors of(TrainedModel model) {
        float[][] rows = model.embeddingRows();
        Vocabulary vocabulary = model.vocabulary();
        long[] counts = model.popularity().counts();
        int n = vocabulary.size();
        List<String> tokens = new ArrayList<>(n);
        List<String> labels = new ArrayList<>(n);
        float[][] vectors = new float[n][];
        for (int id = 1; id <= n; id++) {
            String token = vocabulary.token(id);
            tokens.add(token);
            labels.add(model.labels().display(token));
            vectors[id - 1] = rows[id];
        }
        return new ItemVectors(tokens, labels, java.util.Arrays.copyOf(counts, n), vectors);
    }

    /**
     * The index of the item whose token is {@code tokenOrLabel}, else of the first whose token or label equals it
     * ignoring case and surrounding blanks; -1 when none does.
     */
    public int indexOf(String tokenOrLabel) {
        int exact = tokens.indexOf(tokenOrLabel);
        if (exact >= 0) {
            return exact;
        }
        String wanted = tokenOrLabel.strip();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equalsIgnoreCase(wanted) || labels.get(i).strip().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** Number of items. */
    public int size() {
        return tokens.size();
    }

    /** Floats per vector (0 without items). */
    public int dimensions() {
        return vectors.length == 0 ? 0 : vectors[0].length;
    }
}
