package seqlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import seqlab.data.DataException;
import seqlab.data.DataSummary;
import seqlab.data.ItemLabels;
import seqlab.data.OutputFile;
import seqlab.data.SequenceData;
import seqlab.model.EpochMetrics;
import seqlab.model.Hyperparameter;
import seqlab.model.ModelConfig;
import seqlab.model.PreparedData;
import seqlab.model.TrainedModel;
import seqlab.model.TrainingListener;
import seqlab.runs.RunHistory;
import seqlab.runs.RunOutcome;
import seqlab.runs.RunRecord;
import seqlab.runs.RunStatistics;
import seqlab.runs.SweepPlan;
import seqlab.runs.SweepRunner;

/**
 * {@code sweep}: trains every point of a grid over one or two hyperparameters (times N seeds) one
 * after another and prints the runs sorted by validation MRR@10.
 */
final class SweepCommand {

    static final String SORT_METRIC = "mrr@10";

    private final PrintStream out;
    private final PrintStream err;

    SweepCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(List<String> args) throws IOException {
        List<String> vary = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--vary")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("sweep: --vary needs a value such as embedding-dim=8,16,32");
                }
                vary.add(args.get(++i));
            } else if (a.startsWith("--vary=")) {
                vary.add(a.substring("--vary=".length()));
            } else {
                rest.add(a);
            }
        }
        Set<String> valued = new HashSet<>(ConfigFlags.HYPERPARAMETERS);
        valued.addAll(ConfigFlags.READING);
        valued.addAll(Set.of("data", "labels", "validation", "seeds", "csv", "curves", "history"));
        Options o = Options.parse("sweep", rest, valued, Set.of("json"));
        Path dataFile = o.requirePath("data");
        List<Path> inputs = java.util.Arrays.asList(dataFile, o.path("labels"), o.path("validation"));
        for (String output : List.of("csv", "curves", "history")) {
            if (o.has(output)) {
                OutputFile.check(o.path(output), "--" + output, inputs);
            }
        }
        if (o.has("history") && Files.exists(o.path("history"))) {
            RunHistory.load(o.path("history"));
        }
        if (vary.isEmpty() && o.integer("seeds", 1) <= 1) {
            throw new UsageException("sweep: give --vary name=v1,v2 (up to two) and/or --seeds N");
        }
        boolean json = o.has("json");
        SweepPlan plan;
        try {
            plan = SweepPlan.parse(vary, o.integer("seeds", 1));
        } catch (DataException e) {
            throw new UsageException("sweep: " + e.getMessage());
        }
        ModelConfig base = ConfigFlags.config(o, ModelConfig.defaults(), err);
        List<ModelConfig> configs = plan.configs(base);
        SequenceData data = DataFiles.sequences(dataFile, ConfigFlags.reading(o));
        ItemLabels labels = DataFiles.labels(o.path("labels"));
        SequenceData validation = o.has("validation")
                ? DataFiles.sequences(o.requirePath("validation"), ConfigFlags.reading(o), err) : null;
        DataSummary.of(data, 0).describe().forEach(err::println);
        if (o.has("labels")) {
            labels.describe().forEach(err::println);
        }
        err.printf("sweep: %d run(s)%n", configs.size());
        // every run's estimate before the first one starts: a run that cannot fit ends the sweep now, not hours later
        for (int i = 0; i < configs.size(); i++) {
            PreparedData prepared;
            try {
                prepared = PreparedData.prepare(data, labels, configs.get(i), validation);
            } catch (DataException e) {
                continue; // the run is recorded as failed, with this message
            }
            TrainCommand.estimate(prepared, err, String.format("run %d/%d (%s seed=%d): ", i + 1, configs.size(),
                    plan.describe(configs.get(i)), configs.get(i).seed()));
        }
        String group = "sweep " + java.time.LocalDateTime.now().withNano(0);
        long start = System.nanoTime();
        List<RunRecord> records = new SweepRunner(data, labels, validation).run(group, configs,
                new SweepRunner.Listener() {
                    @Override
                    public TrainingListener starting(int index, int total, ModelConfig config) {
                        err.printf("run %d/%d: %s seed=%d%n", index + 1, total, plan.describe(config), config.seed());
                        return m -> err.printf("  epoch %d/%d: loss %.4f, val mrr@10 %s (%.1f s)%n", m.epoch(),
                                m.epochs(), m.trainLoss(), fmt(m.val(SORT_METRIC)), m.seconds());
                    }

                    @Override
                    public void finished(int index, int total, RunRecord record, TrainedModel model) {
                        err.printf("run %d/%d %s in %.1f s%s%n", index + 1, total,
                                record.outcome().name().toLowerCase(Locale.ROOT), record.wallSeconds(),
                                record.message().isEmpty() ? ""
                                        : record.outcome() == RunOutcome.FAILED ? ": " + record.message()
                                        : "; warning: " + record.message());
                        if (json) {
                            out.println(Json.line(runJson(plan, record)));
                        }
                    }
                }, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (o.has("csv")) {
            write(o.path("csv"), RunHistory.runsCsv(records));
        }
        if (o.has("curves")) {
            write(o.path("curves"), RunHistory.curvesCsv(records));
        }
        if (o.has("history")) {
            Path history = o.path("history");
            for (RunRecord r : records) {
                RunHistory.append(history, r);
            }
            err.println("runs added to " + history);
        }
        List<RunRecord> sorted = sorted(records);
        if (json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("summary", true);
            summary.put("sorted_by", "validation " + SORT_METRIC);
            summary.put("seconds", seconds);
            summary.put("runs", sorted.stream().map(r -> runJson(plan, r)).toList());
            if (plan.seeds() > 1) {
                summary.put("over_seeds", statisticsJson(plan, records));
            }
            out.println(Json.line(summary));
        } else {
            table(plan, sorted);
            if (plan.seeds() > 1) {
                seedTable(plan, records);
            }
            out.printf(Locale.ROOT, "%d run(s) in %.1f s%n", records.size(), seconds);
        }
    }

    private void write(Path file, String text) throws IOException {
        OutputFile.write(file, text.getBytes(StandardCharsets.UTF_8));
        err.println("wrote " + file);
    }

    /** Finished and stopped runs by validation MRR@10 (best first, runs without it last), failed runs last. */
    static List<RunRecord> sorted(List<RunRecord> records) {
        Comparator<RunRecord> byFailure = Comparator.comparing(r -> r.outcome() == RunOutcome.FAILED);
        Comparator<RunRecord> byMetric = Comparator.comparingDouble(r -> {
            double v = r.validationValue("lstm", SORT_METRIC);
            return Double.isFinite(v) ? -v : Double.POSITIVE_INFINITY;
        });
        return records.stream().sorted(byFailure.thenComparing(byMetric)).toList();
    }

    static Map<String, Object> runJson(SweepPlan plan, RunRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", r.id());
        m.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        if (!r.message().isEmpty()) {
            m.put(r.outcome() == RunOutcome.FAILED ? "message" : "warning", r.message());
        }
        m.put("varied", plan.varied(r.settings()));
        m.put("settings", settings(r.settings()));
        m.put("epochs", r.epochsTrained());
        m.put("seconds", r.wallSeconds());
        m.put("validation", Json.reports(r.validation()));
        m.put("test", Json.reports(r.test()));
        return m;
    }

    static Map<String, Object> settings(ModelConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Hyperparameter h : Hyperparameter.values()) {
            String text = h.text(c);
            Object value = text;
            try {
                value = Long.parseLong(text);
            } catch (NumberFormatException notWhole) {
                try {
                    value = Double.parseDouble(text);
                } catch (NumberFormatException notNumber) {
                    value = text;
                }
            }
            m.put(h.key(), value);
        }
        return m;
    }

    private List<Map<String, Object>> statisticsJson(SweepPlan plan, List<RunRecord> records) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String metric : List.of("hr@10", "mrr@10", "ndcg@10")) {
            for (RunStatistics s : RunStatistics.overSeeds(records, RunStatistics.Metric.test("lstm", metric))) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("varied", plan.varied(s.settings()));
                m.put("metric", "test lstm " + metric);
                m.put("runs", s.runs());
                m.put("mean", Json.number(s.mean()));
                m.put("std", Json.number(s.std()));
                out.add(m);
            }
        }
        return out;
    }

    private void table(SweepPlan plan, List<RunRecord> sorted) {
        List<String> names = plan.axes().stream().map(a -> a.parameter().key()).toList();
        StringBuilder head = new StringBuilder(String.format("%4s", "rank"));
        names.forEach(n -> head.append(String.format(" %13s", n)));
        head.append(String.format(" %6s %6s %9s %9s %9s %9s %9s %9s %8s %9s", "seed", "epochs", "val_mrr10",
                "val_hr10", "test_hr10", "test_mrr", "test_ndcg", "test_loss", "seconds", "outcome"));
        out.println(head);
        int rank = 1;
        for (RunRecord r : sorted) {
            StringBuilder row = new StringBuilder(String.format("%4d", rank++));
            plan.varied(r.settings()).values().forEach(v -> row.append(String.format(" %13s", v)));
            row.append(String.format(Locale.ROOT, " %6d %6d %9s %9s %9s %9s %9s %9s %8.1f %9s", r.settings().seed(),
                    r.epochsTrained(), fmt(r.validationValue("lstm", "mrr@10")), fmt(r.validationValue("lstm", "hr@10")),
                    fmt(r.testValue("lstm", "hr@10")), fmt(r.testValue("lstm", "mrr@10")),
                    fmt(r.testValue("lstm", "ndcg@10")), fmt(r.testValue("lstm", "loss")), r.wallSeconds(),
                    r.outcome().name().toLowerCase(Locale.ROOT)));
            out.println(row);
        }
        RunRecord any = sorted.stream().filter(r -> !r.validation().isEmpty() || !r.test().isEmpty()).findFirst()
                .orElse(null);
        if (any != null) {
            for (String b : List.of("popularity", "markov")) {
                out.printf(Locale.ROOT, "baseline %-10s  val_mrr10 %s  val_hr10 %s  test_hr10 %s  test_mrr %s  test_ndcg %s%n",
                        b, fmt(any.validationValue(b, "mrr@10")), fmt(any.validationValue(b, "hr@10")),
                        fmt(any.testValue(b, "hr@10")), fmt(any.testValue(b, "mrr@10")), fmt(any.testValue(b, "ndcg@10")));
            }
        }
    }

    private void seedTable(SweepPlan plan, List<RunRecord> records) {
        out.println();
        out.println("over " + plan.seeds() + " seeds (mean ± standard deviation):");
        List<RunStatistics> hr = RunStatistics.overSeeds(records, RunStatistics.Metric.test("lstm", "hr@10"));
        List<RunStatistics> mrr = RunStatistics.overSeeds(records, RunStatistics.Metric.test("lstm", "mrr@10"));
        List<RunStatistics> val = RunStatistics.overSeeds(records, RunStatistics.Metric.validation("lstm", "mrr@10"));
        out.printf("%-30s %4s %19s %19s %19s%n", "settings", "runs", "val_mrr10", "test_hr10", "test_mrr10");
        for (int i = 0; i < hr.size(); i++) {
            out.printf("%-30s %4d %19s %19s %19s%n", plan.describe(hr.get(i).settings()), hr.get(i).runs(),
                    pm(val.get(i)), pm(hr.get(i)), pm(mrr.get(i)));
        }
    }

    private static String pm(RunStatistics s) {
        return fmt(s.mean()) + " ± " + fmt(s.std());
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "-";
    }
}
