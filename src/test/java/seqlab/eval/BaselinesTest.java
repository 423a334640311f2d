package seqlab.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

class BaselinesTest {

    private static final List<int[]> TRAIN = List.of(new int[]{0, 1, 1}, new int[]{1, 2});

    @Test
    void popularityCountsTrainingItems() {
        PopularityBaseline pop = PopularityBaseline.fit(TRAIN, 4);
        assertEquals("popularity", pop.name());
        assertEquals(4, pop.classes());
        assertArrayEquals(new long[]{1, 3, 1, 0}, pop.counts());
        assertArrayEquals(new float[]{0.2f, 0.6f, 0.2f, 0f}, pop.probabilities());
        assertArrayEquals(new float[]{0.2f, 0.6f, 0.2f, 0f, 0.2f, 0.6f, 0.2f, 0f},
                pop.scoreBatch(List.of(new int[]{0}, new int[]{3, 2})));
        assertFalse(pop.givesProbabilities());
    }

    @Test
    void popularityWithoutEventsScoresZero() {
        assertArrayEquals(new float[]{0f, 0f}, new PopularityBaseline(new long[]{0, 0}).probabilities());
    }

    @Test
    void markovCountsTransitions() {
        PopularityBaseline pop = PopularityBaseline.fit(TRAIN, 4);
        MarkovBaseline markov = MarkovBaseline.fit(TRAIN, pop);
        assertEquals("markov", markov.name());
        assertEquals(4, markov.classes());
        assertArrayEquals(new int[]{1}, markov.successors()[0]);
        assertArrayEquals(new int[]{1, 2}, markov.successors()[1]);
        assertArrayEquals(new int[]{1, 1}, markov.successorCounts()[1]);
        assertArrayEquals(new int[0], markov.successors()[2]);
        // after 1: popularity plus transition counts; only the last prefix item matters
        assertArrayEquals(new float[]{0.2f, 1.6f, 1.2f, 0f}, markov.scoreBatch(List.of(new int[]{2, 0, 1})));
        assertArrayEquals(new float[]{0.2f, 1.6f, 0.2f, 0f}, markov.scoreBatch(List.of(new int[]{0})));
        assertArrayEquals(new float[]{0f, 0.5f, 0.5f, 0f}, markov.probabilities(1));
        assertArrayEquals(new float[]{0f, 1f, 0f, 0f}, markov.probabilities(0));
    }

    @Test
    void markovFallsBackToPopularityForAnUnseenLastItem() {
        PopularityBaseline pop = PopularityBaseline.fit(TRAIN, 4);
        MarkovBaseline markov = MarkovBaseline.fit(TRAIN, pop);
        assertArrayEquals(pop.probabilities(), markov.scoreBatch(List.of(new int[]{1, 2})));
        assertArrayEquals(pop.probabilities(), markov.scoreBatch(List.of(new int[]{3})));
        assertArrayEquals(pop.probabilities(), markov.probabilities(3));
    }

    @Test
    void baselinesEvaluatedByHand() {
        PopularityBaseline pop = PopularityBaseline.fit(TRAIN, 4);
        MarkovBaseline markov = MarkovBaseline.fit(TRAIN, pop);
        // cases: after [0] comes 1; after [1] comes 2; after [2] comes 0
        EvalSet set = new EvalSet(List.of(new int[]{0}, new int[]{1}, new int[]{2}), new int[]{1, 2, 0}, 0, 0, 0);
        Evaluator evaluator = new Evaluator(new int[]{1, 2}, -1);
        // popularity 0.2 0.6 0.2 0: target 1 rank 1; target 2 rank 3 (tie with 0); target 0 rank 3 (tie with 2)
        MetricsReport p = evaluator.evaluate(pop, set);
        assertEquals(1 / 3.0, p.hr(1), 1e-12);
        assertEquals(1 / 3.0, p.hr(2), 1e-12);
        // markov: after 0 -> 1 rank 1; after 1 [0.2,1.6,1.2,0] -> 2 rank 2; after 2 = popularity -> 0 rank 3
        MetricsReport m = evaluator.evaluate(markov, set);
        assertEquals(1 / 3.0, m.hr(1), 1e-12);
        assertEquals(2 / 3.0, m.hr(2), 1e-12);
        assertEquals((1 + 0.5) / 3, m.mrr(2), 1e-12);
    }

    @Test
    void excludingSeenItemsMovesBothBaselinesTargetsUpAlike() {
        // class 0 is the most popular and the most frequent successor of 1: both baselines rank it first
        List<int[]> train = List.of(new int[]{0, 1, 0, 2, 3}, new int[]{0, 1, 0, 2}, new int[]{1, 0, 4});
        PopularityBaseline pop = PopularityBaseline.fit(train, 5);
        MarkovBaseline markov = MarkovBaseline.fit(train, pop);
        // max length 1: after [1] comes 2 (history 0 1), and after [1] comes 0 (history 2 0 1)
        EvalSet set = EvalSet.of(List.of(new HeldOutSequence(List.of("0", "1", "2"), 2),
                new HeldOutSequence(List.of("2", "0", "1", "0"), 3)), Integer::parseInt, 1);
        assertArrayEquals(new int[]{1}, set.prefixes().get(0));
        assertArrayEquals(new int[]{0, 1}, set.history(0));
        assertArrayEquals(new int[]{2, 0, 1}, set.history(1));
        assertArrayEquals(new int[]{2, 0}, set.targets());
        Evaluator all = new Evaluator(new int[]{1, 3}, -1, false);
        Evaluator unseen = new Evaluator(new int[]{1, 3}, -1, true);
        for (Scorer s : List.of(pop, markov)) {
            EvalSet first = new EvalSet(List.of(set.prefixes().get(0)), new int[]{set.targets()[0]},
                    List.of(set.histories().get(0)), new int[]{set.historyEnds()[0]}, 0, 0, 0);
            // target 2 ranks third behind 0 and 1, and first once the seen 0 (beyond max length) and 1 are left out
            assertEquals(1 / 3.0, all.evaluate(s, first).mrr(3), 1e-12, s.name());
            assertEquals(1.0, unseen.evaluate(s, first).mrr(3), 1e-12, s.name());
            // target 0 repeats the history: a hit at rank 1 when ranking all, a miss when ranking unseen items
            MetricsReport a = all.evaluate(s, set);
            MetricsReport u = unseen.evaluate(s, set);
            assertEquals(2, u.evaluated(), s.name());
            assertEquals(0.5, a.hr(1), 1e-12, s.name());
            assertEquals(0.5, u.hr(1), 1e-12, s.name());
            assertEquals((1 / 3.0 + 1) / 2, a.mrr(3), 1e-12, s.name());
            assertEquals(0.5, u.mrr(3), 1e-12, s.name());
        }
    }
}
