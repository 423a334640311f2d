package seqlab.eval;

import java.util.Map;

/**
 * Ranks every target among all classes (no sampled negatives) and computes HR@K, MRR@K and
 * NDCG@K. The rank of a target is one plus the number of other classes scored higher or equal
 * (ties count against the target, so ties can never inflate a metric). One class can be left
 * out of the ranking: the shared rare item, which is not a real item.
 *
 * <p>Optionally the items already seen are left out too, as protocols for data without repeats
 * (ratings) do: no class of a case's history (see {@link EvalSet}) is ranked, neither above nor
 * below the target, and a target that is itself in the history can then never be hit (it counts
 * as a miss and is still evaluated). The rule is applied here, after scoring, so it is the same
 * for every scorer. The loss is unaffected: it is always the target's probability among all items.
 */
public final class Evaluator {

    /** The cut-offs reported unless others are asked for. */
    public static final int[] DEFAULT_KS = {1, 5, 10, 20};
    /** Prefixes scored together (one network pass). */
    public static final int BATCH = 512;

    private final int[] ks;
    private final int excludedClass;
    private final boolean excludeSeen;

    /**
     * An evaluator that ranks every item of a history.
     *
     * @param ks            cut-offs, each at least 1
     * @param excludedClass a class never ranked (the rare item), or -1
     */
    public Evaluator(int[] ks, int excludedClass) {
        this(ks, excludedClass, false);
    }

    /**
     * @param ks            cut-offs, each at least 1
     * @param excludedClass a class never ranked (the rare item), or -1
     * @param excludeSeen   whether the classes of each case's history are left out of its ranking
     */
    public Evaluator(int[] ks, int excludedClass, boolean excludeSeen) {
        this.ks = ks.clone();
        this.excludedClass = excludedClass;
        this.excludeSeen = excludeSeen;
    }

    /** Evaluates {@code scorer} on {@code set}. */
    public MetricsReport evaluate(Scorer scorer, EvalSet set) {
        int maxK = 0;
        for (int k : ks) {
            maxK = Math.max(maxK, k);
        }
        double[] hits = new double[ks.length];
        double[] rr = new double[ks.length];
        double[] dcg = new double[ks.length];
        double lossSum = 0;
        int c = scorer.classes();
        int n = set.size();
        float[] scores = new float[Math.min(n, BATCH) * c];
        // seen[j] == stamp marks class j as in the current case's history: stamp is the case's
        // index + 1, so marks of earlier cases need no clearing; stamp -1 (rank all) matches nothing
        int[] seen = new int[c];
        int stamp = -1;
        for (int start = 0; start < n; start += BATCH) {
            int end = Math.min(n, start + BATCH);
            scorer.scoreBatch(set.prefixes().subList(start, end), scores);
            for (int r = 0; r < end - start; r++) {
                int target = set.targets()[start + r];
                int off = r * c;
                float st = scores[off + target];
                boolean targetSeen = false;
                if (excludeSeen) {
                    int i = start + r;
                    stamp = i + 1;
                    int[] history = set.histories().get(i);
                    for (int k = set.historyEnds()[i] - 1; k >= 0; k--) {
                        seen[history[k]] = stamp;
                    }
                    targetSeen = seen[target] == stamp;
                }
                int rank = targetSeen ? Integer.MAX_VALUE : 1;
                for (int j = 0; j < c && rank <= maxK; j++) {
                    if (scores[off + j] >= st && j != target && j != excludedClass && seen[j] != stamp) {
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
        Map<String, Double> values = MetricsReport.means(ks, hits, rr, dcg, n);
        double loss = scorer.givesProbabilities() && n > 0 ? lossSum / n : Double.NaN;
        return new MetricsReport(scorer.name(), values, n, set.unknownTargets(), set.emptyPrefixes(), loss);
    }
}
