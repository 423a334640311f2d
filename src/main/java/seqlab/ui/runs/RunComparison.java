package seqlab.ui.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import seqlab.model.Hyperparameter;
import seqlab.model.ModelConfig;
import seqlab.runs.RunRecord;
import seqlab.runs.RunStatistics;
import seqlab.ui.common.UiText;
import seqlab.ui.settings.SettingTexts;

/** The texts that compare runs: what differs between them, their statistics over seeds, legend names. */
final class RunComparison {

    private RunComparison() {
    }

    /** What differs between the selected runs, and a warning when they were trained on different data. */
    static String difference(List<RunRecord> selected) {
        if (selected.size() < 2) {
            return UiText.get(selected.isEmpty() ? "runs.selectToCompare" : "runs.selectMoreToCompare");
        }
        List<ModelConfig> configs = selected.stream().map(RunRecord::settings).toList();
        List<Hyperparameter> diff = Hyperparameter.differing(configs);
        String text;
        if (diff.isEmpty()) {
            text = UiText.get("runs.sameSettings");
        } else {
            List<String> parts = new ArrayList<>();
            for (Hyperparameter h : diff) {
                parts.add(SettingTexts.label(h) + " (" + String.join(", ", configs.stream().map(h::text).distinct().toList()) + ")");
            }
            text = UiText.format("runs.differs", String.join("; ", parts));
        }
        if (selected.stream().map(r -> r.data() == null ? "" : r.data().sha256()).distinct().count() > 1) {
            List<String> sources = selected.stream().map(r -> r.data() == null ? UiText.get("runs.unknownData")
                    : UiText.format("runs.dataSource", r.data().source(), r.data().sequences())).distinct().toList();
            text += UiText.format("runs.differentData", String.join("; ", sources));
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
                lines.add(UiText.format("runs.overSeeds",
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
        return parts.isEmpty() ? UiText.get("runs.theseSettings") : String.join(" ", parts);
    }

    private static String pm(RunStatistics s) {
        return Double.isFinite(s.mean()) ? UiText.format("runs.meanStd", s.mean(),
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
            String name = parts.isEmpty() ? UiText.format("runs.legend.run", String.valueOf(number.applyAsInt(r)))
                    : String.join(", ", parts);
            if (names.containsValue(name)) {
                name = UiText.format("runs.legend.nameAndRun", name, String.valueOf(number.applyAsInt(r)));
            }
            names.put(r, name);
        }
        return names;
    }
}
