package seqlab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final double EPS = 1e-12;

    /** Scores each prefix by the row {@code rows[prefix[0]]}. */
    private record TableScorer(float[][] rows, boolean givesProbabilities) implements Scorer {
        @Override
        public String name() {
            return "table";
        }

        @Override
        public int classes() {
            return rows[0].length;
        }

        @Override
        public float[] scoreBatch(List<int[]> prefixes) {
            int c = classes();
            float[] out = new float[prefixes.size() * c];
            for (int r = 0; r < prefixes.size(); r++) {
                System.arraycopy(rows[prefixes.get(r)[0]], 0, out, r * c, c);
            }
            return out;
        }
    }

    private static EvalSet cases(int[][] prefixes, int[] targets) {
        return new EvalSet(List.of(prefixes), targets, 0, 0, 0);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void hitRateReciprocalRankAndNdcgByHand() {
        float[][] rows = {
                {0.1f, 0.4f, 0.2f, 0.3f, 0.0f},
                {0.1f, 0.4f, 0.2f, 0.3f, 0.0f},
                {0.1f, 0.4f, 0.2f, 0.3f, 0.0f},
        };
        // target 1 -> rank 1; target 3 -> rank 2 (behind 1); target 4 -> rank 5 (lowest)
        EvalSet set = cases(new int[][]{{0}, {1}, {2}}, new int[]{1, 3, 4});
        MetricsReport r = new Evaluator(new int[]{1, 3, 5}, -1).evaluate(new TableScorer(rows, false), set);
        assertEquals("table", r.scorer());
        assertEquals(3, r.evaluated());
        assertEquals(List.of("hr@1", "hr@3", "hr@5", "mrr@1", "mrr@3", "mrr@5", "ndcg@1", "ndcg@3", "ndcg@5"),
                new ArrayList<>(r.values().keySet()));
        assertEquals(1 / 3.0, r.hr(1), EPS);
        assertEquals(2 / 3.0, r.hr(3), EPS);
        assertEquals(1.0, r.hr(5), EPS);
        assertEquals(1 / 3.0, r.mrr(1), EPS);
        assertEquals((1 + 0.5) / 3, r.mrr(3), EPS);
        assertEquals((1 + 0.5 + 0.2) / 3, r.mrr(5), EPS);
        assertEquals(1 / 3.0, r.ndcg(1), EPS);
        assertEquals((1 + 1 / log2(3)) / 3, r.ndcg(3), EPS);
        assertEquals((1 + 1 / log2(3) + 1 / log2(6)) / 3, r.ndcg(5), EPS);
        assertEquals(0.5436432511, r.ndcg(3), 1e-9);
        assertEquals(Double.NaN, r.loss());
        assertEquals(Double.NaN, r.get("hr@10"));
    }

    @Test
    void tiesCountAgainstTheTarget() {
        float[][] rows = {{0.5f, 0.5f, 0.5f, 0.1f}};
        EvalSet set = cases(new int[][]{{0}}, new int[]{1});
        MetricsReport r = new Evaluator(new int[]{1, 2, 3}, -1).evaluate(new TableScorer(rows, false), set);
        // two other classes score equal: rank 3
        assertEquals(0.0, r.hr(1));
        assertEquals(0.0, r.hr(2));
        assertEquals(1.0, r.hr(3));
        assertEquals(1 / 3.0, r.mrr(3), EPS);
        assertEquals(0.5, r.ndcg(3), EPS);
    }

    @Test
    void allEqualScoresNeverHit() {
        float[][] rows = {{0.25f, 0.25f, 0.25f, 0.25f}};
        MetricsReport r = new Evaluator(new int[]{1, 3}, -1)
                .evaluate(new TableScorer(rows, false), cases(new int[][]{{0}}, new int[]{2}));
        assertEquals(0.0, r.hr(1));
        assertEquals(0.0, r.hr(3));
        assertEquals(0.0, r.mrr(3));
    }

    @Test
    void excludedClassIsNeverRanked() {
        float[][] rows = {{0.9f, 0.5f, 0.1f}};
        EvalSet set = cases(new int[][]{{0}}, new int[]{1});
        TableScorer scorer = new TableScorer(rows, false);
        assertEquals(0.0, new Evaluator(new int[]{1}, -1).evaluate(scorer, set).hr(1));
        assertEquals(1.0, new Evaluator(new int[]{1}, 0).evaluate(scorer, set).hr(1));
        assertEquals(0.0, new Evaluator(new int[]{1}, 2).evaluate(scorer, set).hr(1));
    }

    @Test
    void excludingSeenItemsLeavesTheHistoryOutOfTheRanking() {
        float[][] rows = {{0.1f, 0.4f, 0.2f, 0.3f, 0.0f}};
        // history 0 1 4 (0 and 4 score below the target), target 3: only 1 scores higher
        EvalSet set = new EvalSet(List.<int[]>of(new int[]{0}), new int[]{3}, List.<int[]>of(new int[]{0, 1, 4}),
                new int[]{3}, 0, 0, 0);
        TableScorer scorer = new TableScorer(rows, false);
        MetricsReport all = new Evaluator(new int[]{1, 2}, -1, false).evaluate(scorer, set);
        MetricsReport unseen = new Evaluator(new int[]{1, 2}, -1, true).evaluate(scorer, set);
        assertEquals(0.0, all.hr(1));
        assertEquals(0.5, all.mrr(2), EPS);
        assertEquals(1.0, unseen.hr(1));
        assertEquals(1.0, unseen.mrr(2), EPS);
        // the end index counts: with only class 0 in the history, 1 still outranks the target
        EvalSet shorter = new EvalSet(set.prefixes(), set.targets(), set.histories(), new int[]{1}, 0, 0, 0);
        assertEquals(0.0, new Evaluator(new int[]{1}, -1, true).evaluate(scorer, shorter).hr(1));
    }

    @Test
    void aTargetAlreadyInTheHistoryIsAMissButStillEvaluatedAndItsLossKept() {
        float[][] rows = {{0.5f, 0.25f, 0.25f}};
        EvalSet set = new EvalSet(List.<int[]>of(new int[]{0}, new int[]{0}), new int[]{0, 1},
                List.<int[]>of(new int[]{0}, new int[]{0}), new int[]{1, 1}, 0, 0, 0);
        TableScorer scorer = new TableScorer(rows, true);
        MetricsReport all = new Evaluator(new int[]{1, 3}, -1, false).evaluate(scorer, set);
        MetricsReport unseen = new Evaluator(new int[]{1, 3}, -1, true).evaluate(scorer, set);
        assertEquals(0.5, all.hr(1), EPS);
        assertEquals(1.0, all.hr(3), EPS);
        // target 0 repeats the history: never hit; target 1 moves up to rank 2 (behind 2 by the tie)
        assertEquals(2, unseen.evaluated());
        assertEquals(0.0, unseen.hr(1), EPS);
        assertEquals(0.5, unseen.hr(3), EPS);
        assertEquals(0.25, unseen.mrr(3), EPS);
        assertEquals(all.loss(), unseen.loss(), 0.0);
        assertEquals((Math.log(2) + Math.log(4)) / 2, unseen.loss(), 1e-7);
    }

    @Test
    void theRareClassStaysExcludedAlongsideSeenItems() {
        float[][] rows = {{0.9f, 0.5f, 0.7f, 0.1f}};
        // rare class 0 and seen class 2 both score above target 1
        EvalSet set = new EvalSet(List.<int[]>of(new int[]{0}), new int[]{1}, List.<int[]>of(new int[]{2, 3}),
                new int[]{2}, 0, 0, 0);
        TableScorer scorer = new TableScorer(rows, false);
        assertEquals(1 / 3.0, new Evaluator(new int[]{3}, -1, false).evaluate(scorer, set).mrr(3), EPS);
        assertEquals(0.5, new Evaluator(new int[]{3}, -1, true).evaluate(scorer, set).mrr(3), EPS);
        assertEquals(0.5, new Evaluator(new int[]{3}, 0, false).evaluate(scorer, set).mrr(3), EPS);
        assertEquals(1.0, new Evaluator(new int[]{3}, 0, true).evaluate(scorer, set).mrr(3), EPS);
    }

    @Test
    void oneCaseHistoryDoesNotLeakIntoTheNextAcrossBatches() {
        // class 0 scores highest; even cases have seen it, odd cases have not
        float[][] rows = {{0.9f, 0.5f, 0.1f}};
        int n = 1200;
        List<int[]> prefixes = new ArrayList<>();
        List<int[]> histories = new ArrayList<>();
        int[] targets = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            prefixes.add(new int[]{0});
            histories.add(i % 2 == 0 ? new int[]{0, 2} : new int[]{2});
            ends[i] = histories.get(i).length;
            targets[i] = 1;
        }
        MetricsReport r = new Evaluator(new int[]{1, 2}, -1, true).evaluate(new TableScorer(rows, false),
                new EvalSet(prefixes, targets, histories, ends, 0, 0, 0));
        assertEquals(0.5, r.hr(1), EPS);
        assertEquals(1.0, r.hr(2), EPS);
    }

    @Test
    void lossIsMeanNegativeLogProbabilityOfTheTarget() {
        float[][] rows = {{0.5f, 0.25f, 0.25f}};
        EvalSet set = cases(new int[][]{{0}, {0}}, new int[]{0, 1});
        MetricsReport r = new Evaluator(new int[]{1}, -1).evaluate(new TableScorer(rows, true), set);
        assertEquals((Math.log(2) + Math.log(4)) / 2, r.loss(), 1e-7);
        assertEquals(0.5, r.hr(1), EPS);
    }

    @Test
    void emptySetGivesNaNAndCarriesCounts() {
        EvalSet set = new EvalSet(List.of(), new int[0], 3, 2, 7);
        MetricsReport r = new Evaluator(new int[]{10}, -1).evaluate(new TableScorer(new float[][]{{1f}}, true), set);
        assertEquals(0, r.evaluated());
        assertEquals(3, r.unknownTargets());
        assertEquals(2, r.emptyPrefixes());
        assertEquals(Double.NaN, r.hr(10));
        assertEquals(Double.NaN, r.ndcg(10));
        assertEquals(Double.NaN, r.loss());
    }

    @Test
    void casesBeyondOneBatchAreAllRanked() {
        // 1200 cases alternate between a hit at rank 1 and rank 2; batches are 512 cases
        float[][] rows = {{0.9f, 0.1f}, {0.2f, 0.8f}};
        int n = 1200;
        int[][] prefixes = new int[n][];
        int[] targets = new int[n];
        for (int i = 0; i < n; i++) {
            prefixes[i] = new int[]{i % 2};
            targets[i] = i % 3 == 0 ? i % 2 : 1 - i % 2;
        }
        long hits = 0;
        for (int i = 0; i < n; i++) {
            hits += targets[i] == i % 2 ? 1 : 0;
        }
        MetricsReport r = new Evaluator(new int[]{1, 2}, -1).evaluate(new TableScorer(rows, false),
                cases(prefixes, targets));
        assertEquals(400, hits);
        assertEquals(400 / 1200.0, r.hr(1), EPS);
        assertEquals(1.0, r.hr(2), EPS);
        assertEquals((400 + 800 * 0.5) / 1200, r.mrr(2), EPS);
    }

    @Test
    void metricsReportAccessors() {
        MetricsReport r = new MetricsReport("x", Map.of("hr@5", 0.25, "mrr@5", 0.125, "ndcg@5", 0.2), 4, 1, 0, 0.7);
        assertEquals(0.25, r.hr(5));
        assertEquals(0.125, r.mrr(5));
        assertEquals(0.2, r.ndcg(5));
        assertTrue(Double.isNaN(r.hr(1)));
    }
}
