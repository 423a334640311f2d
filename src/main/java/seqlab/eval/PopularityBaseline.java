package seqlab.eval;

import java.util.Arrays;
import java.util.List;

/** Scores every prefix the same: how often each item occurred in the training sequences. */
public final class PopularityBaseline implements Scorer {

    private final long[] counts;
    private final float[] probabilities;

    /** A baseline with the given per-class counts (as saved in a model bundle). */
    public PopularityBaseline(long[] counts) {
        this.counts = counts.clone();
        long total = Arrays.stream(counts).sum();
        probabilities = new float[counts.length];
        for (int i = 0; i < counts.length; i++) {
            probabilities[i] = total == 0 ? 0f : (float) ((double) counts[i] / total);
        }
    }

    /** Counts every item of the training sequences (class indices). */
    public static PopularityBaseline fit(List<int[]> trainSequences, int classes) {
        long[] counts = new long[classes];
        for (int[] s : trainSequences) {
            for (int c : s) {
                counts[c]++;
            }
        }
        return new PopularityBaseline(counts);
    }

    @Override
    public String name() {
        return "popularity";
    }

    @Override
    public int classes() {
        return counts.length;
    }

    /** The per-class counts. */
    public long[] counts() {
        return counts.clone();
    }

    /** The share of each class among all training events. */
    public float[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public float[] scoreBatch(List<int[]> prefixes) {
        float[] out = new float[prefixes.size() * counts.length];
        scoreBatch(prefixes, out);
        return out;
    }

    @Override
    public void scoreBatch(List<int[]> prefixes, float[] out) {
        int c = counts.length;
        for (int r = 0; r < prefixes.size(); r++) {
            System.arraycopy(probabilities, 0, out, r * c, c);
        }
    }
}
