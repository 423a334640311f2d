package seqlab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The items nearest to an item by cosine similarity of their vectors. A zero vector has no direction: it is
 * nobody's neighbour and has none itself. Immutable; thread-safe.
 */
public final class NearestItems {

    /**
     * One neighbour.
     *
     * @param index      its index among the vectors
     * @param similarity cosine similarity to the item asked about, in [-1, 1]
     */
    public record Neighbour(int index, double similarity) {
    }

    private final float[][] unit;
    private final boolean[] zero;

    /** Neighbours among {@code vectors} (rows of equal length; copied). */
    public NearestItems(float[][] vectors) {
        unit = new float[vectors.length][];
        zero = new boolean[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            double norm = 0;
            for (float v : vectors[i]) {
                norm += (double) v * v;
            }
            norm = Math.sqrt(norm);
            zero[i] = norm == 0;
            unit[i] = new float[vectors[i].length];
            for (int j = 0; j < vectors[i].length; j++) {
                unit[i][j] = zero[i] ? 0 : (float) (vectors[i][j] / norm);
            }
        }
    }

    /** Number of vectors. */
    public int size() {
        return unit.length;
    }

    /**
     * The {@code k} items most similar to item {@code index}, most similar first (the lower index on ties), the
     * item itself left out; fewer when there are fewer others, none when its vector is zero.
     *
     * @throws IndexOutOfBoundsException when {@code index} is not an item's
     */
    public List<Neighbour> of(int index, int k) {
        java.util.Objects.checkIndex(index, unit.length);
        if (zero[index] || k <= 0) {
            return List.of();
        }
        float[] query = unit[index];
        int[] best = new int[k];
        double[] score = new double[k];
        int size = 0;
        for (int i = 0; i < unit.length; i++) {
            if (i == index || zero[i]) {
                continue;
            }
            double s = 0;
            float[] v = unit[i];
            for (int j = 0; j < v.length; j++) {
                s += (double) query[j] * v[j];
            }
            s = Math.max(-1, Math.min(1, s));
            if (size == k && s <= score[k - 1]) {
                continue;
            }
            int j = size < k ? size++ : k - 1;
            while (j > 0 && score[j - 1] < s) {
                best[j] = best[j - 1];
                score[j] = score[j - 1];
                j--;
            }
            best[j] = i;
            score[j] = s;
        }
        List<Neighbour> out = new ArrayList<>(size);
        for (int r = 0; r < size; r++) {
            out.add(new Neighbour(best[r], score[r]));
        }
        return out;
    }
}
