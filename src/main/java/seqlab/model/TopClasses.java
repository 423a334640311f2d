package seqlab.model;

import java.util.Arrays;

/**
 * The top-K ranking of class probabilities: most probable first, ties broken by the lower class,
 * classes marked in a skip mask left out. A partial selection in one pass when K is small against
 * the number of classes (every keystroke ranks 9,000 items), a full sort otherwise.
 */
final class TopClasses {

    private TopClasses() {
    }

    /**
     * The classes ranked.
     *
     * @param topK how many (0 or less = all that are not skipped); fewer when fewer are left
     */
    static int[] of(float[] probabilities, int topK, boolean[] skip) {
        long[] keys = topK > 0 && topK < probabilities.length / 8 ? best(probabilities, topK, skip)
                : sorted(probabilities, skip);
        int limit = topK <= 0 ? keys.length : Math.min(topK, keys.length);
        int[] classes = new int[limit];
        for (int r = 0; r < limit; r++) {
            classes[r] = (int) keys[r];
        }
        return classes;
    }

    /** Orders like the probability, highest first, then the lower class (non-negative floats' bits order like the values). */
    private static long key(float probability, int c) {
        return ((long) (Integer.MAX_VALUE - Float.floatToIntBits(probability)) << 32) | c;
    }

    private static long[] sorted(float[] probabilities, boolean[] skip) {
        int n = 0;
        long[] keys = new long[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            if (!skip[i]) {
                keys[n++] = key(probabilities[i], i);
            }
        }
        keys = Arrays.copyOf(keys, n);
        Arrays.sort(keys);
        return keys;
    }

    /** The keys of the {@code k} best classes not skipped, best first, in one pass (fewer when fewer are left). */
    private static long[] best(float[] probabilities, int k, boolean[] skip) {
        long[] best = new long[k];
        int size = 0;
        float worst = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < probabilities.length; i++) {
            float p = probabilities[i];
            // classes come in ascending order, so one that only ties the worst kept one ranks below it
            if (skip[i] || size == k && p <= worst) {
                continue;
            }
            long key = key(p, i);
            int j = size < k ? size++ : k - 1;
            while (j > 0 && best[j - 1] > key) {
                best[j] = best[j - 1];
                j--;
            }
            best[j] = key;
            if (size == k) {
                worst = Float.intBitsToFloat(Integer.MAX_VALUE - (int) (best[k - 1] >>> 32));
            }
        }
        return size == k ? best : Arrays.copyOf(best, size);
    }

    /** The 1-based rank {@link #of} gives class {@code c} among all classes, without ranking them all; 0 when skipped. */
    static int rankOf(float[] probabilities, boolean[] skip, int c) {
        if (skip[c]) {
            return 0;
        }
        long mine = key(probabilities[c], c);
        int before = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if (!skip[i] && key(probabilities[i], i) < mine) {
                before++;
            }
        }
        return before + 1;
    }
}
