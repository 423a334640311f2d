package seqlab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded random process of order k over V items (tokens {@code "1".."V"}): the next item's
 * distribution depends on exactly the last k items. Each of the V<sup>k</sup> contexts has its own
 * favourite item (probability {@value #FAVOURITE}) and second item ({@value #SECOND}), both drawn
 * uniformly at random; the remaining {@value #BACKGROUND} follows one Zipf-skewed background
 * distribution shared by all contexts (item i has weight 1/i). The first k items of a sequence
 * are drawn uniformly.
 *
 * <p>Because the favourites are independent across contexts, the items before the last one
 * matter as much as the last one: for k &ge; 2 a first-order Markov chain sees a blur of favourites
 * and predicts little better than popularity, while the exact probabilities ({@link #next}) give
 * the Bayes ceiling. Everything is deterministic for a seed.
 */
public final class OrderKProcess implements NextItemDistribution {

    /** Probability of a context's favourite item. */
    public static final double FAVOURITE = 0.6;
    /** Probability of a context's second item. */
    public static final double SECOND = 0.2;
    /** Probability mass spread over all items by the shared background distribution. */
    public static final double BACKGROUND = 0.2;
    /** The most contexts (V<sup>k</sup>) a process may have. */
    public static final int MAX_CONTEXTS = 1 << 20;

    private final int order;
    private final int items;
    private final long seed;
    private final int[] favourite;
    private final int[] second;
    private final double[] background;
    private final List<String> tokens;
    private final Map<String, Integer> indexOf;

    private OrderKProcess(int order, int items, long seed, int[] favourite, int[] second, double[] background) {
        this.order = order;
        this.items = items;
        this.seed = seed;
        this.favourite = favourite;
        this.second = second;
        this.background = background;
        List<String> t = new ArrayList<>(items);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < items; i++) {
            t.add(Integer.toString(i + 1));
            idx.put(t.get(i), i);
        }
        this.tokens = List.copyOf(t);
        this.indexOf = Map.copyOf(idx);
    }

    /**
     * A random process.
     *
     * @param order k, at least 1: how many of the last items the next one depends on
     * @param items V, at least 2
     * @param seed  seed of the per-context tables
     * @throws IllegalArgumentException when V<sup>k</sup> exceeds {@link #MAX_CONTEXTS}
     */
    public static OrderKProcess random(int order, int items, long seed) {
        if (order < 1 || items < 2) {
            throw new IllegalArgumentException("an order-k process needs k >= 1 and at least 2 items (got k=" + order
                    + ", " + items + " items)");
        }
        if (Math.pow(items, order) > MAX_CONTEXTS) {
            throw new IllegalArgumentException(items + "^" + order + " contexts is more than " + MAX_CONTEXTS);
        }
        int contexts = (int) Math.round(Math.pow(items, order));
        Random random = new Random(seed);
        int[] fav = new int[contexts];
        int[] sec = new int[contexts];
        for (int c = 0; c < contexts; c++) {
            fav[c] = random.nextInt(items);
            sec[c] = (fav[c] + 1 + random.nextInt(items - 1)) % items;
        }
        double[] bg = new double[items];
        double sum = 0;
        for (int i = 0; i < items; i++) {
            bg[i] = 1.0 / (i + 1);
            sum += bg[i];
        }
        for (int i = 0; i < items; i++) {
            bg[i] /= sum;
        }
        return new OrderKProcess(order, items, seed, fav, sec, bg);
    }

    /** k: how many of the last items the next one depends on. */
    public int order() {
        return order;
    }

    /** V: the number of items. */
    public int items() {
        return items;
    }

    /** The seed of the per-context tables. */
    public long seed() {
        return seed;
    }

    /** V<sup>k</sup>: the number of contexts. */
    public int contexts() {
        return favourite.length;
    }

    @Override
    public List<String> tokens() {
        return tokens;
    }

    @Override
    public double[] next(List<String> history) {
        int[] h = new int[history.size()];
        for (int i = 0; i < h.length; i++) {
            Integer idx = indexOf.get(history.get(i));
            if (idx == null) {
                throw new IllegalArgumentException("'" + history.get(i) + "' is not an item of this process (1.."
                        + items + ")");
            }
            h[i] = idx;
        }
        return next(h);
    }

    /**
     * The exact probability of each item (index 0..V-1) following {@code history}: uniform while the
     * history is shorter than k, else the table of the context formed by its last k items.
     *
     * @param history item indices 0..V-1, oldest first
     */
    public double[] next(int[] history) {
        double[] p = new double[items];
        if (history.length < order) {
            Arrays.fill(p, 1.0 / items);
            return p;
        }
        for (int i = 0; i < items; i++) {
            p[i] = BACKGROUND * background[i];
        }
        int c = context(history);
        p[favourite[c]] += FAVOURITE;
        p[second[c]] += SECOND;
        return p;
    }

    /**
     * Draws sequences of item tokens.
     *
     * @param sequences  how many sequences
     * @param length     items per sequence, at least 2
     * @param sampleSeed seed of the draws (independent of the tables' seed)
     */
    public SequenceData generate(int sequences, int length, long sampleSeed) {
        if (sequences < 1 || length < 2) {
            throw new IllegalArgumentException("need at least 1 sequence of at least 2 items (got " + sequences
                    + " of " + length + ")");
        }
        Random random = new Random(sampleSeed);
        List<List<String>> out = new ArrayList<>(sequences);
        int[] drawn = new int[length];
        for (int s = 0; s < sequences; s++) {
            List<String> seq = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                drawn[i] = i < order ? random.nextInt(items)
                        : draw(random, next(Arrays.copyOfRange(drawn, i - order, i)));
                seq.add(tokens.get(drawn[i]));
            }
            out.add(seq);
        }
        return SequenceData.of(String.format("synthetic order-%d process (%d items, table seed %d): %d sequences of"
                + " %d items, sample seed %d", order, this.items, seed, sequences, length, sampleSeed), out);
    }

    private static int draw(Random random, double[] p) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < p.length; i++) {
            cumulative += p[i];
            if (u < cumulative) {
                return i;
            }
        }
        return p.length - 1;
    }

    /** The index of the context formed by the last k items, the oldest as the most significant digit. */
    private int context(int[] history) {
        int c = 0;
        for (int i = history.length - order; i < history.length; i++) {
            c = c * items + history[i];
        }
        return c;
    }
}
