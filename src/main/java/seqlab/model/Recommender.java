package seqlab.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The top items after each sequence's whole history, for every sequence of a data set, as
 * {@link TrainedModel#predict(List, int)} gives them for that history: the network sees the most
 * recent max-length known items, and when seen items are excluded every known item of the whole
 * history is left out. Items are looked up as tokens (as {@code evaluate} does, not as labels);
 * unknown ones are skipped and counted; the shared rare item is never recommended (it is not an
 * item anyone can be shown).
 *
 * <p>Sequences are scored {@value #BATCH} at a time in one batched forward pass ({@link BatchedLstm},
 * the network's arithmetic in a few large operations per time step) and handed to the sink in
 * order as each batch is done, so memory does not grow with the number of sequences. One
 * recommender may be used by one thread at a time.
 */
public final class Recommender {

    /** Sequences scored in one forward pass. */
    public static final int BATCH = 512;

    /** Receives the recommendations of one sequence. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param index the sequence's position in the input
         * @param items its recommendations, most probable first (never empty)
         */
        void accept(int index, List<ScoredItem> items) throws IOException;
    }

    /** Told after every batch how many sequences are done. */
    @FunctionalInterface
    public interface Progress {
        /** Does nothing. */
        Progress NONE = (done, total) -> { };

        void done(int done, int total);
    }

    private final TrainedModel model;
    private final int top;
    private final boolean excludeSeen;

    /**
     * @param model       the model
     * @param top         how many items per sequence, at least 1
     * @param excludeSeen whether the items already in a sequence are left out (the model's own rule is
     *                    {@link TrainedModel#excludesSeen()})
     */
    public Recommender(TrainedModel model, int top, boolean excludeSeen) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1 (got " + top + ")");
        }
        this.model = model;
        this.top = top;
        this.excludeSeen = excludeSeen;
    }

    /** The model recommending. */
    public TrainedModel model() {
        return model;
    }

    /** Whether items already in a sequence are left out. */
    public boolean excludesSeen() {
        return excludeSeen;
    }

    /**
     * Recommends for each of {@code sequences} (item tokens, oldest first) in order; a sequence
     * with no known item gets no call of the sink. Stops between batches when {@code stop} says so.
     *
     * @throws IOException as the sink throws it
     */
    public RecommendationSummary recommend(List<? extends List<String>> sequences, Sink sink, Progress progress,
                                           BooleanSupplier stop) throws IOException {
        // native threads beyond the free cores spin-wait and collapse throughput (see NativeThreads)
        NativeThreads.apply(model.config().threads());
        BatchedLstm scorer = new BatchedLstm(model.network(), model.config());
        int classes = scorer.classes();
        int maxLength = model.config().maxLength();
        int excluded = model.excludedClass();
        float[] scores = new float[Math.min(Math.max(sequences.size(), 1), BATCH) * classes];
        float[] row = new float[classes];
        boolean[] skip = new boolean[classes];
        List<int[]> prefixes = new ArrayList<>(BATCH);
        List<int[]> histories = new ArrayList<>(BATCH);
        int[] indices = new int[BATCH];
        Counts counts = new Counts();
        int n = sequences.size();
        int next = 0;
        while (next < n) {
            if (stop.getAsBoolean()) {
                return counts.summary(next, true);
            }
            prefixes.clear();
            histories.clear();
            for (; next < n && prefixes.size() < BATCH; next++) {
                int[] history = counts.known(sequences.get(next), model);
                if (history.length > 0) {
                    indices[prefixes.size()] = next;
                    histories.add(history);
                    prefixes.add(java.util.Arrays.copyOfRange(history, Math.max(0, history.length - maxLength),
                            history.length));
                }
            }
            if (!prefixes.isEmpty()) {
                scorer.scoreBatch(prefixes, scores);
            }
            for (int r = 0; r < prefixes.size(); r++) {
                System.arraycopy(scores, r * classes, row, 0, classes);
                mark(skip, histories.get(r), excluded, true);
                List<ScoredItem> items = model.rank(row, top, skip);
                mark(skip, histories.get(r), excluded, false);
                if (!items.isEmpty()) {
                    counts.recommended++;
                    sink.accept(indices[r], items);
                }
            }
            progress.done(next, n);
        }
        return counts.summary(n, false);
    }

    private void mark(boolean[] skip, int[] history, int excludedClass, boolean value) {
        if (excludedClass >= 0) {
            skip[excludedClass] = value;
        }
        if (excludeSeen) {
            for (int c : history) {
                skip[c] = value;
            }
        }
    }

    private static final class Counts {
        int recommended;
        int unknownItems;
        int withUnknown;
        int withoutKnown;

        /** The known classes of {@code tokens}, counting the unknown ones. */
        int[] known(List<String> tokens, TrainedModel model) {
            int[] classes = new int[tokens.size()];
            int k = 0;
            for (String t : tokens) {
                int c = model.evaluationClassOf(t);
                if (c >= 0) {
                    classes[k++] = c;
                }
            }
            if (k < classes.length) {
                unknownItems += classes.length - k;
                withUnknown++;
            }
            if (k == 0) {
                withoutKnown++;
            }
            return k == classes.length ? classes : java.util.Arrays.copyOf(classes, k);
        }

        RecommendationSummary summary(int done, boolean stopped) {
            return new RecommendationSummary(done, recommended, unknownItems, withUnknown, withoutKnown, stopped);
        }
    }
}
