package seqlab.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ranking metrics of one scorer on one evaluation set.
 *
 * @param scorer         the scorer's name
 * @param values         {@code hr@K}, {@code mrr@K}, {@code ndcg@K} for every K, in that order
 * @param evaluated      targets ranked
 * @param unknownTargets targets left out because their item never occurred in training
 * @param emptyPrefixes  targets left out because no item before them was known
 * @param loss           mean cross-entropy of the targets (natural log), NaN when the scorer does
 *                       not give probabilities
 */
public record MetricsReport(String scorer, Map<String, Double> values, int evaluated, int unknownTargets,
                           int emptyPrefixes, double loss) {

    public MetricsReport {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The metric values from sums over {@code n} targets: {@code hits[i]}, {@code rr[i]} and
     * {@code dcg[i]} are the summed hits, reciprocal ranks and discounted gains at cut-off
     * {@code ks[i]}. Keys are {@code hr@K}, then {@code mrr@K}, then {@code ndcg@K}; NaN when
     * {@code n} is 0.
     */
    static Map<String, Double> means(int[] ks, double[] hits, double[] rr, double[] dcg, int n) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < ks.length; i++) {
            values.put("hr@" + ks[i], n == 0 ? Double.NaN : hits[i] / n);
        }
        for (int i = 0; i < ks.length; i++) {
            values.put("mrr@" + ks[i], n == 0 ? Double.NaN : rr[i] / n);
        }
        for (int i = 0; i < ks.length; i++) {
            values.put("ndcg@" + ks[i], n == 0 ? Double.NaN : dcg[i] / n);
        }
        return values;
    }

    /** The value of a metric such as {@code "hr@10"}, or NaN when it was not computed. */
    public double get(String metric) {
        return values.getOrDefault(metric, Double.NaN);
    }

    /** Hit rate at K (HR@1 is accuracy). */
    public double hr(int k) {
        return get("hr@" + k);
    }

    /** Mean reciprocal rank at K. */
    public double mrr(int k) {
        return get("mrr@" + k);
    }

    /** Normalised discounted cumulative gain at K. */
    public double ndcg(int k) {
        return get("ndcg@" + k);
    }
}
