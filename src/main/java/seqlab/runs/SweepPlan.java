package seqlab.runs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import seqlab.data.DataException;
import seqlab.model.ConfigProblem;
import seqlab.model.Hyperparameter;
import seqlab.model.ModelConfig;

/**
 * A sweep: a grid over one or two hyperparameters ({@code embedding-dim=8,16,32} by
 * {@code units=32,64}), each point repeated over a number of seeds. Immutable.
 *
 * @param axes  the hyperparameters varied and their values (at most {@value #MAX_AXES})
 * @param seeds how many seeds each point is trained with (1 = just the base seed); seeds are
 *              the base seed, base + 1, ...
 */
public record SweepPlan(List<Axis> axes, int seeds) {

    /** Most hyperparameters a sweep may vary. */
    public static final int MAX_AXES = 2;
    /** Most runs a sweep may queue. */
    public static final int MAX_RUNS = 1000;

    /**
     * One varied hyperparameter.
     *
     * @param parameter which one
     * @param values    its values, as text, in order
     */
    public record Axis(Hyperparameter parameter, List<String> values) {
        public Axis {
            values = List.copyOf(values);
        }

        /**
         * Parses {@code name=v1,v2,...} where name is a command-line name such as {@code units}.
         *
         * @throws DataException naming what is wrong
         */
        public static Axis parse(String spec) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new DataException("a varied setting is written name=value1,value2 (got '" + spec + "')");
            }
            String name = spec.substring(0, eq).strip();
            Hyperparameter h = Hyperparameter.byKey(name).orElseThrow(() -> new DataException("cannot vary '" + name
                    + "' (known: " + String.join(", ", Arrays.stream(Hyperparameter.values())
                    .map(Hyperparameter::key).toList()) + ")"));
            List<String> values = new ArrayList<>();
            for (String v : spec.substring(eq + 1).split(",")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
            if (values.isEmpty()) {
                throw new DataException("no values given for " + name);
            }
            if (values.stream().distinct().count() != values.size()) {
                throw new DataException(name + " lists a value twice (" + String.join(",", values) + ")");
            }
            for (String v : values) {
                h.apply(ModelConfig.builder(), v);
            }
            return new Axis(h, values);
        }
    }

    public SweepPlan {
        axes = List.copyOf(axes);
        if (axes.size() > MAX_AXES) {
            throw new DataException("a sweep varies at most " + MAX_AXES + " settings (got " + axes.size() + ")");
        }
        if (axes.stream().map(Axis::parameter).distinct().count() != axes.size()) {
            throw new DataException("the same setting is varied twice");
        }
        if (seeds < 1) {
            throw new DataException("seeds must be at least 1 (got " + seeds + ")");
        }
        if (axes.stream().anyMatch(a -> a.parameter() == Hyperparameter.SEED) && seeds > 1) {
            throw new DataException("vary the seed or repeat over seeds, not both");
        }
        long runs = (long) seeds * axes.stream().mapToLong(a -> a.values().size()).reduce(1, (x, y) -> x * y);
        if (runs > MAX_RUNS) {
            throw new DataException("the sweep would queue " + runs + " runs; at most " + MAX_RUNS);
        }
    }

    /** Parses {@code name=v1,v2} specs. */
    public static SweepPlan parse(List<String> specs, int seeds) {
        return new SweepPlan(specs.stream().map(Axis::parse).toList(), seeds);
    }

    /**
     * Every run of the sweep, grid order (the last axis varies fastest), seeds innermost.
     *
     * @throws DataException when a combination is invalid (naming it)
     */
    public List<ModelConfig> configs(ModelConfig base) {
        List<ModelConfig> out = new ArrayList<>();
        expand(base, 0, out);
        return out;
    }

    private void expand(ModelConfig current, int axis, List<ModelConfig> out) {
        if (axis == axes.size()) {
            for (int s = 0; s < seeds; s++) {
                ModelConfig c = current.toBuilder().seed(current.seed() + s).build();
                List<String> problems = c.problems().stream().map(ConfigProblem::message).toList();
                if (!problems.isEmpty()) {
                    throw new DataException("sweep point " + describe(c) + ": " + String.join("; ", problems));
                }
                out.add(c);
            }
            return;
        }
        Axis a = axes.get(axis);
        for (String v : a.values()) {
            expand(a.parameter().apply(current.toBuilder(), v).build(), axis + 1, out);
        }
    }

    /** The varied settings of {@code config} as {@code name=value} pairs, in axis order. */
    public Map<String, String> varied(ModelConfig config) {
        Map<String, String> m = new LinkedHashMap<>();
        axes.forEach(a -> m.put(a.parameter().key(), a.parameter().text(config)));
        return m;
    }

    /** {@code embedding-dim=8 units=32}, or {@code defaults} when nothing is varied. */
    public String describe(ModelConfig config) {
        List<String> parts = new ArrayList<>();
        varied(config).forEach((k, v) -> parts.add(k + "=" + v));
        return parts.isEmpty() ? "defaults" : String.join(" ", parts);
    }

    /** Runs in the sweep. */
    public int size() {
        return seeds * axes.stream().mapToInt(a -> a.values().size()).reduce(1, (x, y) -> x * y);
    }
}
