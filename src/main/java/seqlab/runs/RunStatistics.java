package seqlab.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import seqlab.model.ModelConfig;

/**
 * Mean and standard deviation of a metric over runs that differ only in their seed.
 *
 * @param settings the shared settings (seed of the first run)
 * @param runs     how many runs had a value
 * @param mean     mean of the values, NaN without any
 * @param std      sample standard deviation (n - 1), NaN with fewer than two values
 */
public record RunStatistics(ModelConfig settings, int runs, double mean, double std) {

    /** A metric read from a run, NaN when it has none. */
    @FunctionalInterface
    public interface Metric {
        double of(RunRecord run);

        /** Final test metric of a scorer, e.g. {@code test("lstm", "hr@10")}. */
        static Metric test(String scorer, String metric) {
            return r -> r.testValue(scorer, metric);
        }

        /** Final validation metric of a scorer. */
        static Metric validation(String scorer, String metric) {
            return r -> r.validationValue(scorer, metric);
        }
    }

    /** The settings of {@code config} with the seed left out, for grouping. */
    public static ModelConfig withoutSeed(ModelConfig config) {
        return config.toBuilder().seed(0).build();
    }

    /**
     * Groups {@code records} by settings other than the seed (failed runs left out), in order of
     * first appearance, and summarises {@code metric} per group.
     */
    public static List<RunStatistics> overSeeds(List<RunRecord> records, Metric metric) {
        Map<ModelConfig, List<RunRecord>> groups = new LinkedHashMap<>();
        for (RunRecord r : records) {
            if (r.outcome() != RunOutcome.FAILED) {
                groups.computeIfAbsent(withoutSeed(r.settings()), k -> new ArrayList<>()).add(r);
            }
        }
        List<RunStatistics> out = new ArrayList<>();
        groups.forEach((key, runs) -> {
            double[] values = runs.stream().mapToDouble(metric::of).filter(Double::isFinite).toArray();
            out.add(new RunStatistics(runs.get(0).settings(), values.length, mean(values), std(values)));
        });
        return out;
    }

    static double mean(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double std(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }
}
