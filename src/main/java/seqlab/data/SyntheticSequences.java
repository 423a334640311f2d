package seqlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates sequences from a random sparse first-order Markov chain with popularity skew: each
 * item has a few likely successors, so a model has something to learn. For benchmarks.
 */
public final class SyntheticSequences {

    private SyntheticSequences() {
    }

    /**
     * @param sequences  how many sequences
     * @param items      distinct items (tokens "1".."items")
     * @param meanLength mean sequence length (lengths vary uniformly from 2 to 2 x mean - 2)
     * @param seed       random seed
     */
    public static SequenceData generate(int sequences, int items, int meanLength, long seed) {
        if (sequences < 1 || items < 2 || meanLength < 2) {
            throw new DataException("synthetic data needs at least 1 sequence, 2 items and mean length 2");
        }
        Random random = new Random(seed);
        int fanOut = Math.min(items, 5);
        int[][] successors = new int[items][fanOut];
        for (int i = 0; i < items; i++) {
            for (int k = 0; k < fanOut; k++) {
                successors[i][k] = skewed(random, items);
            }
        }
        List<List<String>> out = new ArrayList<>(sequences);
        for (int s = 0; s < sequences; s++) {
            int length = 2 + random.nextInt(Math.max(1, 2 * meanLength - 3));
            List<String> seq = new ArrayList<>(length);
            int item = skewed(random, items);
            for (int j = 0; j < length; j++) {
                seq.add(Integer.toString(item + 1));
                item = random.nextDouble() < 0.8 ? successors[item][random.nextInt(fanOut)] : skewed(random, items);
            }
            out.add(seq);
        }
        return SequenceData.of(String.format("synthetic(%d sequences, %d items, mean length %d, seed %d)",
                sequences, items, meanLength, seed), out);
    }

    private static int skewed(Random random, int items) {
        double u = random.nextDouble();
        return (int) Math.min(items - 1, Math.floor(items * u * u));
    }
}
