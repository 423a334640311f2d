package seqlab.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import seqlab.eval.BayesCeiling;
import seqlab.eval.EvalSet;
import seqlab.eval.Evaluator;
import seqlab.eval.HeldOutSequence;
import seqlab.eval.MetricsReport;
import seqlab.model.EpochMetrics;
import seqlab.model.ModelConfig;
import seqlab.model.PreparedData;
import seqlab.model.TrainedModel;
import seqlab.model.Trainer;
import seqlab.model.TrainingListener;
import seqlab.model.TrainingOutcome;
import seqlab.model.TrainingPlan;
import seqlab.runs.RunRecorder;

/**
 * Trains on one data set as {@code train} does and measures the LSTM, the baselines and, for
 * synthetic data, the Bayes ceiling on the validation and test parts of the split.
 */
final class QualityRun {

    /** Scorers in report order. */
    static final List<String> SCORERS = List.of("lstm", "markov", "popularity", BayesCeiling.NAME);

    private QualityRun() {
    }

    /** Runs; progress goes to {@code err}. */
    static QualityResult run(QualityData data, ModelConfig config, PrintStream err) {
        long start = System.nanoTime();
        err.println("== " + data.name() + ": " + data.sequences().source() + ", " + data.sequences().sequences().size()
                + " sequences, " + data.sequences().eventCount() + " events");
        PreparedData prepared = PreparedData.prepare(data.sequences(), data.labels(), config, null);
        prepared.describe().forEach(err::println);
        Progress progress = new Progress(err);
        TrainingOutcome outcome = new Trainer(prepared).train(progress, () -> false);
        err.println(outcome.note());
        TrainedModel model = outcome.model();
        List<EpochMetrics> history = model.history();
        Map<String, MetricsReport> test = new LinkedHashMap<>(model.test());
        // the kept epoch's LSTM metrics and the baselines the trainer measured before the first epoch
        Map<String, MetricsReport> validation = new LinkedHashMap<>(RunRecorder.validation(progress.plan, history));
        if (data.truth() != null) {
            BayesCeiling bayes = new BayesCeiling(Evaluator.DEFAULT_KS);
            addCeiling(test, bayes, data, prepared.split().test(), prepared.test(), prepared);
            addCeiling(validation, bayes, data, prepared.split().validation(), prepared.validation(), prepared);
        }
        return new QualityResult(data.name(), data.sequences().source(), prepared.split().note(), history.size(),
                history.stream().mapToDouble(EpochMetrics::seconds).sum(), (System.nanoTime() - start) / 1e9,
                ordered(test), ordered(validation));
    }

    private static void addCeiling(Map<String, MetricsReport> reports, BayesCeiling bayes, QualityData data,
                                   List<HeldOutSequence> heldOut, EvalSet cases, PreparedData prepared) {
        if (cases.isEmpty()) {
            return;
        }
        MetricsReport ceiling = bayes.evaluate(data.truth(), heldOut, prepared.vocabulary()::itemClass);
        if (ceiling.evaluated() != cases.size()) {
            throw new IllegalStateException("the Bayes ceiling covers " + ceiling.evaluated()
                    + " targets but the evaluator ranked " + cases.size());
        }
        reports.put(BayesCeiling.NAME, ceiling);
    }

    private static Map<String, MetricsReport> ordered(Map<String, MetricsReport> reports) {
        Map<String, MetricsReport> out = new LinkedHashMap<>();
        SCORERS.stream().filter(reports::containsKey).forEach(s -> out.put(s, reports.get(s)));
        reports.forEach(out::putIfAbsent);
        return out;
    }

    /** Epoch rows on stderr, so that stdout holds only the report. */
    private static final class Progress implements TrainingListener {
        private final PrintStream err;
        private final ProgressLines progress;
        private TrainingPlan plan;

        Progress(PrintStream err) {
            this.err = err;
            this.progress = new ProgressLines(err);
        }

        @Override
        public void onStart(TrainingPlan plan) {
            this.plan = plan;
            progress.plan(plan);
            err.println(Tables.epochHeader());
        }

        @Override
        public void onBatchEnd(int epoch, int batch, int batches) {
            progress.batch(epoch, batch, batches);
        }

        @Override
        public void onEpochEnd(EpochMetrics m) {
            err.println(Tables.epochRow(m));
        }
    }
}
