package seqlab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

import seqlab.data.NextItemDistribution;

class BayesCeilingTest {

    /** Items a, b, c are known; x is not (it never occurred in training), so it is never ranked. */
    private static final ToIntFunction<String> CLASS_OF = t -> Map.of("a", 0, "b", 1, "c", 2).getOrDefault(t, -1);

    /** After a: a .5, b .3, c .1, x .1; after anything else: a .2, b .2, c .6. */
    private static final NextItemDistribution TRUTH = new NextItemDistribution() {
        @Override
        public List<String> tokens() {
            return List.of("a", "b", "c", "x");
        }

        @Override
        public double[] next(List<String> history) {
            if (history.isEmpty()) {
                return new double[]{0.25, 0.25, 0.25, 0.25};
            }
            return history.get(history.size() - 1).equals("a") ? new double[]{0.5, 0.3, 0.1, 0.1}
                    : new double[]{0.2, 0.2, 0.6, 0};
        }
    };

    private static final List<HeldOutSequence> SEQUENCES = List.of(
            new HeldOutSequence(List.of("a", "b", "c"), 1),
            new HeldOutSequence(List.of("x", "a", "x", "a"), 1));

    @Test
    void expectedMetricsOfRankingByTheTrueProbabilities() {
        MetricsReport r = new BayesCeiling(new int[]{1, 2}).evaluate(TRUTH, SEQUENCES, CLASS_OF);
        // targets: b after [a] (renormalised without x: 5/9, 3/9, 1/9); c after [a, b] (.6, .2, .2);
        // a at 1 has no known item before it; x is unknown; a after [x, a, x] (.6, .2, .2)
        assertEquals("bayes", r.scorer());
        assertEquals(3, r.evaluated());
        assertEquals(1, r.unknownTargets());
        assertEquals(1, r.emptyPrefixes());
        assertEquals((5.0 / 9 + 0.6 + 0.6) / 3, r.hr(1), 1e-12);
        assertEquals((8.0 / 9 + 0.8 + 0.8) / 3, r.hr(2), 1e-12);
        assertEquals(r.hr(1), r.mrr(1), 1e-12);
        assertEquals((5.0 / 9 + 3.0 / 9 / 2 + 0.7 + 0.7) / 3, r.mrr(2), 1e-12);
        double log2of3 = Math.log(3) / Math.log(2);
        assertEquals((5.0 / 9 + 3.0 / 9 / log2of3 + 2 * (0.6 + 0.2 / log2of3)) / 3, r.ndcg(2), 1e-12);
        assertEquals(-(Math.log(3.0 / 9) + Math.log(0.6) + Math.log(0.2)) / 3, r.loss(), 1e-12);
        assertEquals(List.of("hr@1", "hr@2", "mrr@1", "mrr@2", "ndcg@1", "ndcg@2"), List.copyOf(r.values().keySet()));
    }

    @Test
    void coversExactlyTheTargetsTheEvaluatorRanks() {
        MetricsReport r = new BayesCeiling(Evaluator.DEFAULT_KS).evaluate(TRUTH, SEQUENCES, CLASS_OF);
        EvalSet cases = EvalSet.of(SEQUENCES, CLASS_OF, 20);
        assertEquals(cases.size(), r.evaluated());
        assertEquals(cases.unknownTargets(), r.unknownTargets());
        assertEquals(cases.emptyPrefixes(), r.emptyPrefixes());
        // beyond the number of items, the cut-offs change nothing
        assertEquals(1.0, r.hr(5), 1e-12);
        assertEquals(r.mrr(5), r.mrr(20), 1e-12);
    }

    @Test
    void laterFirstTargetsAreRespected() {
        List<HeldOutSequence> last = List.of(new HeldOutSequence(List.of("b", "a", "b"), 2));
        MetricsReport r = new BayesCeiling(new int[]{1}).evaluate(TRUTH, last, CLASS_OF);
        assertEquals(1, r.evaluated());
        assertEquals(5.0 / 9, r.hr(1), 1e-12);
    }

    @Test
    void noTargetsGiveNaN() {
        MetricsReport r = new BayesCeiling(new int[]{10}).evaluate(TRUTH, List.of(), CLASS_OF);
        assertEquals(0, r.evaluated());
        assertEquals(Double.NaN, r.hr(10));
        assertEquals(Double.NaN, r.loss());
    }
}
