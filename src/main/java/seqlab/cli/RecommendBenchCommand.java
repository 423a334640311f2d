package seqlab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import seqlab.data.SequenceData;
import seqlab.model.RecommendationWriter;
import seqlab.model.Recommender;
import seqlab.model.TrainedModel;

/**
 * {@code bench --recommend}: sequences per second of {@code recommend} (batched forward passes,
 * CSV written to a discarding stream) for a model and a data file, repeated to at least
 * {@code --sequences}, next to a baseline measured in the same run: one {@code predict} call per
 * sequence. The machine's load average is printed too, as the wall-clock figures depend on it;
 * the per-CPU-second figures (the calling thread's CPU time: with one native thread ND4J computes
 * on it) depend on it much less.
 */
final class RecommendBenchCommand {

    private final PrintStream out;
    private final PrintStream err;

    RecommendBenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(List<String> args) throws IOException {
        Set<String> valued = new HashSet<>(ConfigFlags.READING);
        valued.addAll(Set.of("model", "data", "top", "sequences"));
        Options o = Options.parse("bench --recommend", args, valued, Set.of("recommend", "json"));
        int top = o.integer("top", 10);
        int wanted = o.integer("sequences", 20_000);
        if (top < 1 || wanted < 1) {
            throw new UsageException("bench --recommend: --top and --sequences must be at least 1");
        }
        TrainedModel model = ModelFiles.load(o.requirePath("model"), err);
        SequenceData data = DataFiles.sequences(o.requirePath("data"), ConfigFlags.reading(o));
        List<List<String>> base = data.sequences();
        int total = Math.max(wanted, base.size());
        List<List<String>> repeated = new AbstractList<>() {
            @Override
            public List<String> get(int i) {
                return base.get(i % base.size());
            }

            @Override
            public int size() {
                return total;
            }
        };
        List<String> ids = new AbstractList<>() {
            @Override
            public String get(int i) {
                return data.ids().get(i % base.size());
            }

            @Override
            public int size() {
                return total;
            }
        };
        err.println("bench --recommend: " + data.source() + ", " + base.size() + " sequences repeated to " + total
                + ", " + model.vocabulary().size() + " items, top " + top);
        RecommendationWriter writer = new RecommendationWriter(new Recommender(model, top, model.excludesSeen()));
        CountingSink sink = new CountingSink();
        int warmUp = Math.min(total, 2 * Recommender.BATCH);
        writer.write(ids.subList(0, warmUp), repeated.subList(0, warmUp), sink, Recommender.Progress.NONE, () -> false);
        sink.bytes = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        writer.write(ids, repeated, sink, Recommender.Progress.NONE, () -> false);
        double batchedSeconds = (System.nanoTime() - t0) / 1e9;
        double batchedCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        int single = Math.min(total, 2_000);
        for (int i = 0; i < Math.min(single, 200); i++) {
            model.predict(repeated.get(i), top);
        }
        long c1 = threads.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        for (int i = 0; i < single; i++) {
            model.predict(repeated.get(i), top);
        }
        double singleSeconds = (System.nanoTime() - t1) / 1e9;
        double singleCpu = (threads.getCurrentThreadCpuTime() - c1) / 1e9;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("data", data.source());
        r.put("items", model.vocabulary().size());
        r.put("top", top);
        r.put("sequences", total);
        r.put("seconds", batchedSeconds);
        r.put("sequences_per_s", total / batchedSeconds);
        r.put("cpu_seconds", batchedCpu);
        r.put("sequences_per_cpu_s", total / batchedCpu);
        r.put("csv_mb", sink.bytes / 1e6);
        r.put("predict_sequences", single);
        r.put("predict_sequences_per_s", single / singleSeconds);
        r.put("predict_sequences_per_cpu_s", single / singleCpu);
        r.put("speedup_over_predict", (total / batchedSeconds) / (single / singleSeconds));
        r.put("load_average", loadAverage());
        if (o.has("json")) {
            out.println(Json.line(r));
        } else {
            r.forEach((k, v) -> out.printf("%-30s %s%n", k, v));
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).strip().split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Discards what it is given, counting the bytes. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
