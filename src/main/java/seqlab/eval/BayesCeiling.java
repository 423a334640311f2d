package seqlab.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import seqlab.data.NextItemDistribution;

/**
 * The best any predictor can score on held-out sequences whose generating process is known: for
 * each target it takes the true probabilities of the next item given the whole true history and
 * computes the expected metrics of ranking the items by them. HR@K is the sum of the K largest
 * probabilities, MRR@K the sum of {@code p(r)/r} over ranks r &le; K, NDCG@K the sum of
 * {@code p(r)/log2(r+1)}, HR@1 the largest probability; the report holds their means over the
 * targets.
 *
 * <p>The targets are exactly those {@link EvalSet#of} builds from the same sequences and class
 * mapping: targets without a class, and targets with no known item before them, are left out and
 * counted the same way. Items without a class are never ranked, so the probabilities are
 * renormalised over the items that have one (which changes nothing when every item has one).
 * The expected metrics are exact given the histories; a real predictor's realised metrics also
 * carry the sampling noise of the targets, so on few targets they can land slightly above.
 */
public final class BayesCeiling {

    /** The name of the ceiling in reports. */
    public static final String NAME = "bayes";

    private final int[] ks;

    /** @param ks cut-offs, each at least 1 (as for the {@link Evaluator}) */
    public BayesCeiling(int[] ks) {
        this.ks = ks.clone();
    }

    /**
     * The ceiling on {@code sequences}.
     *
     * @param truth     the process that generated them
     * @param sequences held-out sequences (tokens of {@code truth})
     * @param classOf   the class of a token, or -1 (as given to {@link EvalSet#of})
     * @return a report named {@value #NAME}; its loss is the mean cross-entropy of the true
     *         (renormalised) probabilities on the targets that occurred
     */
    public MetricsReport evaluate(NextItemDistribution truth, List<HeldOutSequence> sequences,
                                  ToIntFunction<String> classOf) {
        List<String> tokens = truth.tokens();
        boolean[] ranked = new boolean[tokens.size()];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = classOf.applyAsInt(tokens.get(i)) >= 0;
        }
        Map<String, Integer> indexOf = new java.util.HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            indexOf.put(tokens.get(i), i);
        }
        double[] hr = new double[ks.length];
        double[] mrr = new double[ks.length];
        double[] ndcg = new double[ks.length];
        double lossSum = 0;
        int n = 0;
        int unknownTargets = 0;
        int emptyPrefixes = 0;
        for (HeldOutSequence s : sequences) {
            List<String> items = s.items();
            boolean knownBefore = false;
            for (int i = 0; i < s.firstTarget() && i < items.size(); i++) {
                knownBefore |= classOf.applyAsInt(items.get(i)) >= 0;
            }
            for (int i = s.firstTarget(); i < items.size(); i++) {
                boolean known = classOf.applyAsInt(items.get(i)) >= 0;
                if (!known) {
                    unknownTargets++;
                } else if (!knownBefore) {
                    emptyPrefixes++;
                } else {
                    double[] p = rankable(truth.next(items.subList(0, i)), ranked);
                    Integer target = indexOf.get(items.get(i));
                    lossSum -= Math.log(Math.max(target == null ? 0 : p[target], 1e-12));
                    add(p, hr, mrr, ndcg);
                    n++;
                }
                knownBefore |= known;
            }
        }
        Map<String, Double> values = MetricsReport.means(ks, hr, mrr, ndcg, n);
        return new MetricsReport(NAME, values, n, unknownTargets, emptyPrefixes, n == 0 ? Double.NaN : lossSum / n);
    }

    /** Zeroes the items that are never ranked and renormalises the rest. */
    private static double[] rankable(double[] p, boolean[] ranked) {
        if (p.length != ranked.length) {
            throw new IllegalArgumentException("the process gave " + p.length + " probabilities for "
                    + ranked.length + " items");
        }
        double[] q = new double[p.length];
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            q[i] = ranked[i] ? p[i] : 0;
            total += q[i];
        }
        if (total > 0) {
            for (int i = 0; i < q.length; i++) {
                q[i] /= total;
            }
        }
        return q;
    }

    /** Adds the expected metrics of ranking by {@code p} (largest first). */
    private void add(double[] p, double[] hr, double[] mrr, double[] ndcg) {
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < ks.length; i++) {
            for (int r = 1; r <= ks[i] && r <= sorted.length; r++) {
                double pr = sorted[sorted.length - r];
                hr[i] += pr;
                mrr[i] += pr / r;
                ndcg[i] += pr / (Math.log(r + 1) / Math.log(2));
            }
        }
    }
}
