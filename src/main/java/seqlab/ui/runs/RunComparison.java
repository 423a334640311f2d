package seqlab.ui.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

import seqlab.model.Hyperparameter;
import seqlab.model.ModelConfig;
import seqlab.runs.RunRecord;
import seqlab.runs.RunStatistics;

/** The texts that compare runs: what differs between them, their statistics over seeds, legend names. */
final class RunComparison {

    private RunComparison() {
    }

    /** What differs between the selected runs, and a warning when they were trained on different data. */
    static String difference(List<RunRecord> selected) {
        if (selected.size() < 2) {
            return selected.isEmpty() ? "Select runs to compare their curves." : "Select more runs (Ctrl+click) to compare.";
        }
        List<ModelConfig> configs = selected.stream().map(RunRecord::settings).toList();
        List<Hyperparameter> diff = Hyperparameter.differing(configs);
        String text;
        if (diff.isEmpty()) {
            text = "The selected runs have the same settings.";
        } else {
            List<String> parts = new ArrayList<>();
            for (Hyperparameter h : diff) {
                parts.add(h.label() + " (" + String.join(", ", configs.stream().map(h::text).distinct().toList()) + ")");
            }
            text = "Differs: " + String.join("; ", parts);
        }
        if (selected.stream().map(r -> r.data() == null ? "" : r.data().sha256()).distinct().count() > 1) {
            List<String> sources = selected.stream().map(r -> r.data() == null ? "unknown data"
                    : r.data().source() + " (" + r.data().sequences() + " sequences)").distinct().toList();
            text += " They were trained on different data: " + String.join("; ", sources)
                    + ", so their metrics are not comparable.";
        }
        return text;
    }

    /** Mean ± standard deviation of the LSTM's test HR@10 and MRR@10 for each setting run with several seeds. */
    static String statistics(List<RunRecord> records) {
        List<RunStatistics> stats = RunStatistics.overSeeds(records, RunStatistics.Metric.test("lstm", "hr@10"));
        List<RunStatistics> mrr = RunStatistics.overSeeds(records, RunStatistics.Metric.test("lstm", "mrr@10"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < stats.size(); i++) {
            if (stats.get(i).runs() > 1) {
                lines.add(String.format(Locale.ROOT, "%s over %d seeds: test HR@10 %s, MRR@10 %s",
                        describe(stats.get(i).settings(), records), stats.get(i).runs(), pm(stats.get(i)),
                        pm(mrr.get(i))));
            }
        }
        return String.join("\n", lines);
    }

    private static String describe(ModelConfig c, List<RunRecord> among) {
        List<ModelConfig> configs = among.stream().map(r -> RunStatistics.withoutSeed(r.settings())).toList();
        List<String> parts = new ArrayList<>();
        for (Hyperparameter h : Hyperparameter.differing(configs)) {
            parts.add(h.key() + "=" + h.text(c));
        }
        return parts.isEmpty() ? "these settings" : String.join(" ", parts);
    }

    private static String pm(RunStatistics s) {
        return Double.isFinite(s.mean()) ? String.format(Locale.ROOT, "%.4f ± %.4f", s.mean(),
                Double.isFinite(s.std()) ? s.std() : 0.0) : "-";
    }

    /** Legend names: the settings that differ between {@code among}, or the run number when none do. */
    static Map<RunRecord, String> legendNames(List<RunRecord> among, ToIntFunction<RunRecord> number) {
        List<Hyperparameter> diff = Hyperparameter.differing(among.stream().map(RunRecord::settings).toList());
        Map<RunRecord, String> names = new LinkedHashMap<>();
        for (RunRecord r : among) {
            List<String> parts = new ArrayList<>();
            for (Hyperparameter h : diff) {
                parts.add(h.key() + "=" + h.text(r.settings()));
            }
            String name = parts.isEmpty() ? "run " + number.applyAsInt(r) : String.join(", ", parts);
            if (names.containsValue(name)) {
                name = name + " (run " + number.applyAsInt(r) + ")";
            }
            names.put(r, name);
        }
        return names;
    }
}
