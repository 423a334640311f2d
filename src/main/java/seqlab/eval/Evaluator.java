package seqlab.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ranks every target among all classes (no sampled negatives) and computes HR@K, MRR@K and
 * NDCG@K. The rank of a target is one plus the number of other classes scored higher or equal
 * (ties count against the target, so ties can never inflate a metric). One class can be left
 * out of the ranking: the shared rare item, which is not a real item.
 */
public final class Evaluator {

    /** The cut-offs reported unless others are asked for. */
    public static final int[] DEFAULT_KS = {1, 5, 10, 20};
    private static final int BATCH = 512;

    private final int[] ks;
    private final int excludedClass;

    /**
     * @param ks            cut-offs, each at least 1
     * @param excludedClass a class never ranked (the rare item), or -1
     */
    public Evaluator(int[] ks, int excludedClass) {
        this.ks = ks.clone();
        this.excludedClass = excludedClass;
    }

    /** Evaluates {@code scorer} on {@code set}. */
    public MetricsReport evaluate(Scorer scorer, EvalSet set) {
        int maxK = 0;
        for (int k : ks) {
            maxK = Math.max(maxK, k);
        }
        long[] hits = new long[ks.length];
        double[] rr = new double[ks.length];
        double[] dcg = new double[ks.length];
        double lossSum = 0;
        int c = scorer.classes();
        int n = set.size();
        float[] scores = new float[Math.min(n, BATCH) * c];
        for (int start = 0; start < n; start += BATCH) {
            int end = Math.min(n, start + BATCH);
            scorer.scoreBatch(set.prefixes().subList(start, end), scores);
            for (int r = 0; r < end - start; r++) {
                int target = set.targets()[start + r];
                int off = r * c;
                float st = scores[off + target];
                int rank = 1;
                for (int j = 0; j < c && rank <= maxK; j++) {
                    if (j != target && j != excludedClass && scores[off + j] >= st) {
                        rank++;
                    }
                }
                for (int i = 0; i < ks.length; i++) {
                    if (rank <= ks[i]) {
                        hits[i]++;
                        rr[i] += 1.0 / rank;
                        dcg[i] += 1.0 / (Math.log(rank + 1) / Math.log(2));
                    }
                }
                if (scorer.givesProbabilities()) {
                    lossSum -= Math.log(Math.max(st, 1e-12f));
                }
            }
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < ks.length; i++) {
            values.put("hr@" + ks[i], n == 0 ? Double.NaN : hits[i] / (double) n);
        }
        for (int i = 0; i < ks.length; i++) {
            values.put("mrr@" + ks[i], n == 0 ? Double.NaN : rr[i] / n);
        }
        for (int i = 0; i < ks.length; i++) {
            values.put("ndcg@" + ks[i], n == 0 ? Double.NaN : dcg[i] / n);
        }
        double loss = scorer.givesProbabilities() && n > 0 ? lossSum / n : Double.NaN;
        return new MetricsReport(scorer.name(), values, n, set.unknownTargets(), set.emptyPrefixes(), loss);
    }
}
