package seqlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class OrderKProcessTest {

    @Test
    void theSameSeedsGiveTheSameSequences() {
        SequenceData a = OrderKProcess.random(2, 20, 7).generate(50, 12, 3);
        SequenceData b = OrderKProcess.random(2, 20, 7).generate(50, 12, 3);
        assertEquals(a, b);
        assertNotEquals(a.sequences(), OrderKProcess.random(2, 20, 7).generate(50, 12, 4).sequences());
        assertNotEquals(a.sequences(), OrderKProcess.random(2, 20, 8).generate(50, 12, 3).sequences());
        assertEquals(50, a.sequences().size());
        assertTrue(a.sequences().stream().allMatch(s -> s.size() == 12));
        assertTrue(a.sequences().stream().flatMap(List::stream)
                .allMatch(t -> Integer.parseInt(t) >= 1 && Integer.parseInt(t) <= 20), a::toString);
    }

    @Test
    void probabilitiesSumToOneForEveryHistoryLength() {
        OrderKProcess p = OrderKProcess.random(3, 12, 1);
        Random random = new Random(5);
        for (int length = 0; length <= 6; length++) {
            for (int trial = 0; trial < 50; trial++) {
                int[] history = random.ints(length, 0, 12).toArray();
                double[] next = p.next(history);
                assertEquals(12, next.length);
                assertEquals(1.0, Arrays.stream(next).sum(), 1e-12, Arrays.toString(history));
                assertTrue(Arrays.stream(next).allMatch(v -> v > 0), Arrays.toString(next));
            }
        }
    }

    @Test
    void tokensAndIndicesGiveTheSameProbabilities() {
        OrderKProcess p = OrderKProcess.random(2, 20, 1);
        assertEquals(List.of("1", "2", "3"), p.tokens().subList(0, 3));
        assertArrayEquals(p.next(new int[]{4, 0, 19}), p.next(List.of("5", "1", "20")));
        assertThrows(IllegalArgumentException.class, () -> p.next(List.of("1", "21")));
    }

    @Test
    void theNextItemDependsOnExactlyTheLastKItems() {
        OrderKProcess p = OrderKProcess.random(2, 20, 2);
        // the item before the last one changes the distribution ...
        int differing = 0;
        for (int before = 1; before < 20; before++) {
            if (!Arrays.equals(p.next(new int[]{0, 3}), p.next(new int[]{before, 3}))) {
                differing++;
            }
        }
        assertTrue(differing >= 15, differing + " of 19");
        // ... items further back do not
        assertArrayEquals(p.next(new int[]{0, 3}), p.next(new int[]{7, 9, 0, 3}));
        // shorter histories than k: the uniform start distribution
        double[] start = p.next(new int[]{5});
        assertTrue(Arrays.stream(start).allMatch(v -> v == 1.0 / 20));
    }

    @Test
    void aFirstOrderChainIsClearlyBelowTheCeilingOfAnOrderTwoProcess() {
        OrderKProcess p = OrderKProcess.random(2, 20, 2);
        double[][] ceilings = stationaryCeilings(p);
        double bayesHr1 = ceilings[0][0];
        double markovHr1 = ceilings[1][0];
        assertTrue(bayesHr1 > 0.6, "bayes hr@1 " + bayesHr1);
        assertTrue(markovHr1 < bayesHr1 / 2, "first-order hr@1 " + markovHr1 + " vs bayes " + bayesHr1);
        assertTrue(ceilings[1][1] < ceilings[0][1] - 0.1, "hr@10 " + Arrays.deepToString(ceilings));
    }

    @Test
    void forAFirstOrderProcessTheFirstOrderCeilingIsTheBayesCeiling() {
        double[][] ceilings = stationaryCeilings(OrderKProcess.random(1, 20, 1));
        assertArrayEquals(ceilings[0], ceilings[1], 1e-9);
    }

    @Test
    void rejectsImpossibleSettings() {
        assertThrows(IllegalArgumentException.class, () -> OrderKProcess.random(0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> OrderKProcess.random(2, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> OrderKProcess.random(7, 20, 1));
        assertThrows(IllegalArgumentException.class, () -> OrderKProcess.random(1, 5, 1).generate(10, 1, 1));
        assertEquals(12 * 12 * 12, OrderKProcess.random(3, 12, 1).contexts());
    }

    /**
     * Exact expected HR@1 and HR@10 under the stationary distribution of the contexts: [0] ranking by
     * the true probabilities, [1] the best first-order predictor, which ranks by the probabilities
     * given the last item only.
     */
    private static double[][] stationaryCeilings(OrderKProcess p) {
        int v = p.items();
        int k = p.order();
        int contexts = p.contexts();
        double[][] next = new double[contexts][];
        for (int c = 0; c < contexts; c++) {
            next[c] = p.next(decode(c, k, v));
        }
        double[] pi = new double[contexts];
        Arrays.fill(pi, 1.0 / contexts);
        for (int step = 0; step < 2000; step++) {
            double[] after = new double[contexts];
            for (int c = 0; c < contexts; c++) {
                int shifted = (c % (contexts / v)) * v;
                for (int j = 0; j < v; j++) {
                    after[shifted + j] += pi[c] * next[c][j];
                }
            }
            pi = after;
        }
        double[] bayes = new double[2];
        double[][] byLast = new double[v][v];
        double[] lastMass = new double[v];
        for (int c = 0; c < contexts; c++) {
            bayes[0] += pi[c] * top(next[c], 1);
            bayes[1] += pi[c] * top(next[c], 10);
            int last = c % v;
            lastMass[last] += pi[c];
            for (int j = 0; j < v; j++) {
                byLast[last][j] += pi[c] * next[c][j];
            }
        }
        double[] markov = new double[2];
        for (int a = 0; a < v; a++) {
            // byLast[a] is the joint P(last = a, next = j): ranking by it is ranking by P(j | a)
            markov[0] += top(byLast[a], 1);
            markov[1] += top(byLast[a], 10);
        }
        assertEquals(1.0, Arrays.stream(lastMass).sum(), 1e-9);
        return new double[][]{bayes, markov};
    }

    private static int[] decode(int context, int k, int v) {
        int[] items = new int[k];
        for (int i = k - 1; i >= 0; i--) {
            items[i] = context % v;
            context /= v;
        }
        return items;
    }

    private static double top(double[] values, int n) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (int r = 0; r < n && r < sorted.length; r++) {
            sum += sorted[sorted.length - 1 - r];
        }
        return sum;
    }
}
