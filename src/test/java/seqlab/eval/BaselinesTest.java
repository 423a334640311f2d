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
}
