package seqlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.data.SyntheticSequences;
import seqlab.model.EpochMetrics;
import seqlab.model.ModelConfig;
import seqlab.model.PreparedData;
import seqlab.model.TrainedModel;
import seqlab.model.Trainer;
import seqlab.model.TrainingListener;
import seqlab.model.TrainingPlan;

/**
 * {@code bench}: measures training throughput (next-item targets per second), time per epoch,
 * time to a validation HR@10, single-prefix prediction latency (median, p99) and peak heap/RSS,
 * on synthetic data or a real file.
 */
final class BenchCommand {

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(List<String> args) throws IOException {
        if (args.contains("--quality")) {
            new QualityBenchCommand(out, err).run(args);
            return;
        }
        if (args.contains("--inside")) {
            new InsideBenchCommand(out, err).run(args);
            return;
        }
        if (args.contains("--recommend")) {
            new RecommendBenchCommand(out, err).run(args);
            return;
        }
        Set<String> valued = new HashSet<>(ConfigFlags.HYPERPARAMETERS);
        valued.addAll(ConfigFlags.READING);
        valued.addAll(Set.of("data", "validation", "sequences", "items", "mean-length", "target-hr10", "predictions"));
        Options o = Options.parse("bench", args, valued, Set.of("json"));
        ModelConfig config = ConfigFlags.config(o, ModelConfig.defaults(), err);
        SequenceData data = o.has("data") ? DataFiles.sequences(o.requirePath("data"), ConfigFlags.reading(o), err)
                : SyntheticSequences.generate(o.integer("sequences", 3000), o.integer("items", 1000),
                    o.integer("mean-length", 30), config.seed());
        SequenceData validation = o.has("validation")
                ? DataFiles.sequences(o.requirePath("validation"), ConfigFlags.reading(o), err) : null;
        double targetHr = o.decimal("target-hr10", Double.NaN);
        int predictions = o.integer("predictions", 2000);
        err.println("bench data: " + data.source() + ", " + data.sequences().size() + " sequences, "
                + data.eventCount() + " events");
        long prepStart = System.nanoTime();
        PreparedData prepared = PreparedData.prepare(data, ItemLabels.none(), config, validation);
        double prepSeconds = (System.nanoTime() - prepStart) / 1e9;
        prepared.describe().forEach(err::println);
        List<EpochMetrics> epochs = new ArrayList<>();
        double[] reachedAt = {Double.NaN};
        int[] threads = {0};
        boolean[] reached = {false};
        long wallStart = System.nanoTime();
        TrainedModel model = new Trainer(prepared).train(new TrainingListener() {
            @Override
            public void onStart(TrainingPlan plan) {
                threads[0] = plan.threads();
            }

            @Override
            public void onEpochEnd(EpochMetrics m) {
                epochs.add(m);
                err.println(Tables.epochRow(m));
                if (!reached[0] && m.val("hr@10") >= targetHr) {
                    reached[0] = true;
                    reachedAt[0] = epochs.stream().mapToDouble(EpochMetrics::seconds).sum();
                }
            }
        }, () -> reached[0]).model();
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        double[] latency = predictionLatencyMs(model, data, predictions, config.seed());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("data", data.source());
        r.put("formulation", config.formulation().name().toLowerCase());
        r.put("threads", threads[0]);
        r.put("items", model.vocabulary().size());
        r.put("targets_per_epoch", epochs.isEmpty() ? 0 : epochs.get(0).targets());
        r.put("epochs", epochs.size());
        r.put("prepare_seconds", prepSeconds);
        r.put("epoch_seconds", epochs.stream().mapToDouble(EpochMetrics::seconds).toArray());
        r.put("mean_epoch_seconds", epochs.stream().mapToDouble(EpochMetrics::seconds).average().orElse(Double.NaN));
        r.put("targets_per_s", epochs.stream().mapToLong(EpochMetrics::targets).sum()
                / epochs.stream().mapToDouble(EpochMetrics::seconds).sum());
        r.put("val_hr10", epochs.stream().mapToDouble(m -> m.val("hr@10")).map(v -> Double.isNaN(v) ? -1 : v).toArray());
        if (!Double.isNaN(targetHr)) {
            r.put("target_hr10", targetHr);
            r.put("train_seconds_to_target", Json.number(reachedAt[0]));
        }
        r.put("wall_seconds_with_validation", wallSeconds);
        r.put("predict_ms_median", latency[0]);
        r.put("predict_ms_p99", latency[1]);
        r.put("peak_heap_mb", peakHeapMb());
        r.put("peak_rss_mb", Json.number(peakRssMb()));
        if (o.has("json")) {
            out.println(Json.line(r));
        } else {
            r.forEach((k, v) -> out.printf("%-30s %s%n", k, v instanceof double[] d ? Arrays.toString(round(d)) : v));
        }
    }

    private static double[] round(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 10000) / 10000.0).toArray();
    }

    /** Median and 99th percentile of single-prefix prediction calls, after a warm-up. */
    private static double[] predictionLatencyMs(TrainedModel model, SequenceData data, int calls, long seed) {
        if (calls <= 0) {
            return new double[]{Double.NaN, Double.NaN};
        }
        Random random = new Random(seed);
        List<List<String>> seqs = data.sequences();
        int maxLen = model.config().maxLength();
        List<List<String>> prefixes = new ArrayList<>();
        for (int i = 0; i < calls + 200; i++) {
            List<String> s = seqs.get(random.nextInt(seqs.size()));
            int end = 1 + random.nextInt(s.size());
            prefixes.add(s.subList(Math.max(0, end - maxLen), end));
        }
        for (int i = 0; i < 200; i++) {
            model.predict(prefixes.get(i), 10);
        }
        double[] ms = new double[calls];
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            model.predict(prefixes.get(200 + i), 10);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new double[]{ms[calls / 2], ms[Math.min(calls - 1, (int) Math.ceil(calls * 0.99) - 1)]};
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
