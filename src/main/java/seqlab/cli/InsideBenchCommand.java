package seqlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import seqlab.data.SequenceData;
import seqlab.model.EmbeddingProjection;
import seqlab.model.Explanation;
import seqlab.model.ItemVectors;
import seqlab.model.NearestItems;
import seqlab.model.TrainedModel;

/**
 * {@code bench --inside}: what the workbench's inside views compute for a model, timed as they run
 * it (off the FX thread): the step-by-step trace of a prefix with its evidence (after a keystroke
 * in the Trace tab), the item map's projection (after an epoch, aligned with the previous map),
 * and an item's nearest items (a click on the map). Prefixes are the data's sequences cut to
 * {@code --prefix-length} items; medians and the slowest of {@code --repeats} runs are printed.
 */
final class InsideBenchCommand {

    /** The most top items the Trace tab shows per step (its spinner's maximum). */
    private static final int TRACE_TOP = 50;

    private final PrintStream out;
    private final PrintStream err;

    InsideBenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(List<String> args) throws IOException {
        Set<String> valued = new HashSet<>(ConfigFlags.READING);
        valued.addAll(Set.of("model", "data", "prefix-length", "repeats"));
        Options o = Options.parse("bench --inside", args, valued, Set.of("inside", "json"));
        int length = o.integer("prefix-length", 20);
        int repeats = o.integer("repeats", 20);
        if (length < 1 || repeats < 1) {
            throw new UsageException("bench --inside: --prefix-length and --repeats must be at least 1");
        }
        TrainedModel model = ModelFiles.load(o.requirePath("model"), err);
        SequenceData data = DataFiles.sequences(o.requirePath("data"), ConfigFlags.reading(o));
        List<String> prefixes = new ArrayList<>();
        for (List<String> s : data.sequences()) {
            if (s.size() >= length) {
                prefixes.add(String.join(" ", s.subList(0, length)));
            }
        }
        if (prefixes.isEmpty()) {
            throw new UsageException("bench --inside: no sequence of " + data.source() + " has " + length
                    + " items; lower --prefix-length");
        }
        err.println("bench --inside: " + model.vocabulary().size() + " items, " + model.config().units()
                + " units, prefixes of " + length + " items from " + data.source());
        for (int i = 0; i < Math.min(5, prefixes.size()); i++) {
            traceAsShown(model, prefixes.get(i), null);
        }
        double[] trace = timesMs(repeats, i -> traceAsShown(model, prefixes.get(i % prefixes.size()), null));
        // typing the prefix's last item: the trace of the items before it is there already
        List<Explanation> before = new ArrayList<>();
        for (String p : prefixes) {
            before.add(Explanation.of(model, p.substring(0, p.lastIndexOf(' ')), TRACE_TOP));
        }
        double[] keystroke = timesMs(repeats, i -> traceAsShown(model, prefixes.get(i % prefixes.size()),
                before.get(i % prefixes.size())));
        ItemVectors items = ItemVectors.of(model);
        EmbeddingProjection previous = EmbeddingProjection.of(items.vectors());
        double[] projection = timesMs(repeats, i -> EmbeddingProjection.of(ItemVectors.of(model).vectors(), previous,
                EmbeddingProjection.Alignment.SIGNS));
        NearestItems nearest = new NearestItems(items.vectors());
        double[] neighbours = timesMs(repeats, i -> nearest.of(i * 7919 % items.size(), 10));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("items", model.vocabulary().size());
        r.put("units", model.config().units());
        r.put("prefix_length", length);
        r.put("repeats", repeats);
        r.put("trace_ms_median", median(trace));
        r.put("trace_ms_max", max(trace));
        r.put("trace_keystroke_ms_median", median(keystroke));
        r.put("trace_keystroke_ms_max", max(keystroke));
        r.put("projection_ms_median", median(projection));
        r.put("projection_ms_max", max(projection));
        r.put("nearest_ms_median", median(neighbours));
        r.put("nearest_ms_max", max(neighbours));
        if (o.has("json")) {
            out.println(Json.line(r));
        } else {
            r.forEach((k, v) -> out.printf("%-22s %s%n", k, v));
        }
    }

    /**
     * What the Trace tab computes for a prefix: the top {@value #TRACE_TOP} items of every step, and the
     * rank of each item the last step's evidence names; the steps {@code previous} has are reused.
     */
    private static int traceAsShown(TrainedModel model, String prefix, Explanation previous) {
        Explanation e = Explanation.of(model, prefix, TRACE_TOP, previous);
        int ranked = 0;
        if (!e.isEmpty()) {
            Explanation.Evidence ev = e.last().evidence();
            for (Map<String, Integer> counts : Arrays.asList(ev.prefix(), ev.last2(), ev.last1())) {
                if (counts != null) {
                    for (String item : counts.keySet().stream().limit(5).toList()) {
                        ranked += e.last().ranks().of(item) == null ? 0 : 1;
                    }
                }
            }
        }
        return ranked;
    }

    /** Milliseconds of each of {@code repeats} calls of {@code work} (given the call's number). */
    private static double[] timesMs(int repeats, IntConsumer work) {
        double[] ms = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long t = System.nanoTime();
            work.accept(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
