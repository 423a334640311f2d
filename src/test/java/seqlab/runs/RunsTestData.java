package seqlab.runs;

import java.util.List;
import java.util.Map;

import seqlab.data.DataFingerprint;
import seqlab.data.SequenceData;
import seqlab.eval.MetricsReport;
import seqlab.model.EpochMetrics;
import seqlab.model.ModelConfig;
import seqlab.ToyData;

/** Hand-made records and the notebook's toy sequences. */
final class RunsTestData {

    private RunsTestData() {
    }

    static SequenceData toy() {
        return ToyData.sequences();
    }

    static MetricsReport report(String scorer, double hr10, double mrr10, double loss) {
        return new MetricsReport(scorer, Map.of("hr@10", hr10, "mrr@10", mrr10, "ndcg@10", (hr10 + mrr10) / 2), 50,
                1, 2, loss);
    }

    static RunRecord record(String id, ModelConfig settings, double testHr10, RunOutcome outcome) {
        List<EpochMetrics> epochs = List.of(
                new EpochMetrics(1, 2, 2.5, 0.1, 2.7, Map.of("hr@10", 0.2, "mrr@10", 0.1), 1.5, 100, 150),
                new EpochMetrics(2, 2, 2.0, 0.2, Double.NaN, Map.of("hr@10", 0.3, "mrr@10", 0.15), 1.25, 120, 150));
        return new RunRecord(id, "2026-11-27T10:00:00Z", "sweep a", settings,
                new DataFingerprint("data, \"quoted\".txt", 10, 40, "ab12"), epochs,
                Map.of("lstm", report("lstm", 0.3, 0.15, 2.6), "popularity", report("popularity", 0.1, 0.05,
                        Double.NaN)),
                Map.of("lstm", report("lstm", testHr10, 0.2, 2.4), "popularity", report("popularity", 0.1, 0.04,
                        Double.NaN), "markov", report("markov", 0.2, 0.1, Double.NaN)),
                3.5, outcome, outcome == RunOutcome.FAILED ? "the loss became NaN" : "");
    }
}
