package seqlab.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * First-order Markov chain: scores the items by how often they followed the prefix's last item
 * in training; ties and unseen last items fall back to popularity.
 */
public final class MarkovBaseline implements Scorer {

    private final PopularityBaseline popularity;
    private final int[][] successors;
    private final int[][] successorCounts;

    /**
     * A baseline from sparse transition counts (as saved in a model bundle).
     *
     * @param popularity      the fallback
     * @param successors      for each class, the classes that followed it
     * @param successorCounts how often each of those followed it
     */
    public MarkovBaseline(PopularityBaseline popularity, int[][] successors, int[][] successorCounts) {
        this.popularity = popularity;
        this.successors = successors;
        this.successorCounts = successorCounts;
    }

    /** Counts the transitions of the training sequences (class indices). */
    public static MarkovBaseline fit(List<int[]> trainSequences, PopularityBaseline popularity) {
        int classes = popularity.classes();
        @SuppressWarnings("unchecked")
        Map<Integer, Integer>[] next = new Map[classes];
        for (int[] s : trainSequences) {
            for (int i = 0; i + 1 < s.length; i++) {
                if (next[s[i]] == null) {
                    next[s[i]] = new HashMap<>();
                }
                next[s[i]].merge(s[i + 1], 1, Integer::sum);
            }
        }
        int[][] succ = new int[classes][];
        int[][] counts = new int[classes][];
        for (int c = 0; c < classes; c++) {
            Map<Integer, Integer> m = next[c] == null ? Map.of() : next[c];
            succ[c] = new int[m.size()];
            counts[c] = new int[m.size()];
            int k = 0;
            for (var e : new java.util.TreeMap<>(m).entrySet()) {
                succ[c][k] = e.getKey();
                counts[c][k++] = e.getValue();
            }
        }
        return new MarkovBaseline(popularity, succ, counts);
    }

    @Override
    public String name() {
        return "markov";
    }

    @Override
    public int classes() {
        return popularity.classes();
    }

    /** For each class, the classes that followed it in training. */
    public int[][] successors() {
        return successors;
    }

    /** For each class, how often each successor followed it. */
    public int[][] successorCounts() {
        return successorCounts;
    }

    @Override
    public float[] scoreBatch(List<int[]> prefixes) {
        float[] out = new float[prefixes.size() * classes()];
        scoreBatch(prefixes, out);
        return out;
    }

    @Override
    public void scoreBatch(List<int[]> prefixes, float[] out) {
        int c = classes();
        float[] pop = popularity.probabilities();
        for (int r = 0; r < prefixes.size(); r++) {
            int off = r * c;
            System.arraycopy(pop, 0, out, off, c);
            int[] p = prefixes.get(r);
            int last = p[p.length - 1];
            int[] s = successors[last];
            for (int k = 0; k < s.length; k++) {
                out[off + s[k]] += successorCounts[last][k];
            }
        }
    }

    /** Probabilities of the next item after {@code last}: successor frequencies, or popularity when it had none. */
    public float[] probabilities(int last) {
        int[] s = successors[last];
        if (s.length == 0) {
            return popularity.probabilities();
        }
        float[] p = new float[classes()];
        long total = 0;
        for (int n : successorCounts[last]) {
            total += n;
        }
        for (int k = 0; k < s.length; k++) {
            p[s[k]] = (float) successorCounts[last][k] / total;
        }
        return p;
    }
}
