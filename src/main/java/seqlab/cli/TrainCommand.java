package seqlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import seqlab.data.DataException;
import seqlab.data.DataFingerprint;
import seqlab.data.DataSummary;
import seqlab.data.ItemLabels;
import seqlab.data.OutputFile;
import seqlab.data.SequenceData;
import seqlab.data.SequenceReader;
import seqlab.data.TableRead;
import seqlab.model.Continuation;
import seqlab.model.EpochMetrics;
import seqlab.model.EpochSnapshots;
import seqlab.model.MemoryLimits;
import seqlab.model.ModelBundle;
import seqlab.model.ModelConfig;
import seqlab.model.PreparedData;
import seqlab.model.TrainedModel;
import seqlab.model.Trainer;
import seqlab.model.TrainingEstimate;
import seqlab.model.TrainingException;
import seqlab.model.TrainingListener;
import seqlab.model.TrainingOutcome;
import seqlab.model.TrainingPlan;
import seqlab.runs.RunHistory;
import seqlab.runs.RunRecorder;

/** {@code train}: reads data, trains, prints every epoch and the held-out comparison, saves the model. */
final class TrainCommand {

    private final PrintStream out;
    private final PrintStream err;

    TrainCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(List<String> args) throws IOException {
        Set<String> valued = new HashSet<>(ConfigFlags.HYPERPARAMETERS);
        valued.addAll(ConfigFlags.READING);
        valued.addAll(Set.of("data", "labels", "label-column", "validation", "model", "history", "init-model"));
        Options o = Options.parse("train", args, valued, Set.of("json", "keep-epochs"));
        Path data = o.requirePath("data");
        Path modelFile = o.requirePath("model");
        Path history = o.path("history");
        Path initModel = o.path("init-model");
        List<Path> inputs = java.util.Arrays.asList(data, o.path("labels"), o.path("validation"), initModel);
        OutputFile.check(modelFile, "--model", inputs);
        if (history != null) {
            OutputFile.check(history, "--history", java.util.Arrays.asList(data, o.path("labels"), o.path("validation"),
                    modelFile));
            if (java.nio.file.Files.exists(history)) {
                RunHistory.load(history);
            }
        }
        boolean json = o.has("json");
        Continuation from = initModel == null ? null : ModelBundle.loadContinuation(initModel);
        ModelConfig config = from == null ? ConfigFlags.config(o, ModelConfig.defaults(), err)
                : continuedConfig(o, from.model().config(), err);
        if (o.has("labels") && o.has("label-column")) {
            throw new UsageException("train: give --labels FILE or --label-column C, not both");
        }
        SequenceData sequences;
        ItemLabels labels;
        if (o.has("label-column")) {
            TableRead table = new SequenceReader(ConfigFlags.reading(o).withLabelColumn(o.get("label-column")))
                    .readTable(data);
            sequences = table.data();
            labels = table.labels();
        } else {
            sequences = DataFiles.sequences(data, ConfigFlags.reading(o));
            labels = DataFiles.labels(o.path("labels"));
        }
        SequenceData validation = o.has("validation")
                ? DataFiles.sequences(o.requirePath("validation"), ConfigFlags.reading(o), err) : null;
        DataSummary.of(sequences, 0).describe().forEach(err::println);
        if (o.has("labels") || o.has("label-column")) {
            labels.describe().forEach(err::println);
        }
        PreparedData prepared = PreparedData.prepare(sequences, labels, config, validation);
        prepared.describe().forEach(err::println);
        if (from != null) {
            String mismatch = from.itemMismatch(prepared.vocabulary());
            if (mismatch != null) {
                throw new DataException(initModel + ": cannot continue on " + data + ": " + mismatch);
            }
            err.println("continuing " + initModel + " after epoch " + from.epochs() + " for " + config.epochs()
                    + " more; " + ModelBundle.optimizerNote(from));
        }
        EpochSnapshots epochs = o.has("keep-epochs") ? new EpochSnapshots() : null;
        try {
            train(prepared, from, config, sequences, json, epochs, modelFile, history);
        } finally {
            if (epochs != null) {
                epochs.close();
            }
        }
    }

    private void train(PreparedData prepared, Continuation from, ModelConfig config, SequenceData sequences,
                       boolean json, EpochSnapshots epochs, Path modelFile, Path history) throws IOException {
        estimate(prepared, err, "", epochs != null);
        RunRecorder recorder = new RunRecorder("", config, DataFingerprint.of(sequences), new Printer(json, epochs));
        TrainingOutcome outcome;
        try {
            outcome = new Trainer(prepared, from).train(recorder, () -> false);
        } catch (RuntimeException e) {
            if (history != null) {
                try {
                    RunHistory.append(history, recorder.failed(e));
                } catch (IOException | RuntimeException recordFailure) {
                    e.addSuppressed(recordFailure);
                }
            }
            throw e;
        }
        err.println(outcome.note());
        if (!outcome.warning().isEmpty()) {
            err.println("warning: " + outcome.warning());
        }
        ModelBundle.save(outcome.model(), outcome.optimizer(), epochs, modelFile);
        if (epochs != null) {
            err.println("the model file keeps the models of " + epochs.size() + " epoch(s) (--keep-epochs)");
        }
        String historyFailure = null;
        if (history != null) {
            try {
                RunHistory.append(history, recorder.finished(outcome));
                err.println("run recorded in " + history);
            } catch (IOException | RuntimeException e) {
                historyFailure = e.getMessage();
            }
        }
        var test = outcome.model().test();
        if (json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("summary", true);
            summary.put("epochs", outcome.model().history().size());
            summary.put("best_epoch", outcome.bestEpoch());
            summary.put("stopped_early", outcome.stoppedEarly());
            if (!outcome.warning().isEmpty()) {
                summary.put("warning", outcome.warning());
            }
            summary.put("seconds", outcome.model().history().stream().mapToDouble(EpochMetrics::seconds).sum());
            summary.put("model", modelFile.toString());
            summary.put("split", prepared.split().note());
            summary.put("ranking", Json.ranking(outcome.model().excludesSeen()));
            summary.put("test", Json.reports(test));
            out.println(Json.line(summary));
        } else if (!test.isEmpty()) {
            out.println();
            out.println("held-out test (" + prepared.split().note() + "):");
            Tables.metrics(out, test);
        } else {
            out.println("no held-out test metrics: " + prepared.split().note());
        }
        err.println("model saved to " + modelFile);
        if (historyFailure != null) {
            throw new DataException("the model is saved to " + modelFile + ", but the run could not be recorded in "
                    + history + ": " + historyFailure);
        }
    }

    /**
     * Prints the run's estimate and its warnings before training.
     *
     * @throws TrainingException with the estimate when the run cannot fit in memory
     */
    static void estimate(PreparedData prepared, PrintStream err) {
        estimate(prepared, err, "");
    }

    /** As {@link #estimate(PreparedData, PrintStream)}, every line and the refusal starting with {@code prefix}. */
    static void estimate(PreparedData prepared, PrintStream err, String prefix) {
        estimate(prepared, err, prefix, false);
    }

    /** As {@link #estimate(PreparedData, PrintStream, String)}, counting every epoch's model kept when {@code keepsEpochs}. */
    static void estimate(PreparedData prepared, PrintStream err, String prefix, boolean keepsEpochs) {
        TrainingEstimate plain = TrainingEstimate.of(prepared);
        TrainingEstimate estimate = keepsEpochs ? plain.withEpochSnapshots(EpochSnapshots.DEFAULT_BUDGET_BYTES) : plain;
        TrainingEstimate.Verdict verdict = estimate.check(MemoryLimits.current());
        if (!verdict.fits()) {
            throw new TrainingException(prefix + verdict.refusal());
        }
        err.println(prefix + estimate.summary());
        verdict.warnings().forEach(w -> err.println(prefix + w));
    }

    private final class Printer implements TrainingListener {
        private final boolean json;
        private final EpochSnapshots epochs;
        private final ProgressLines progress = new ProgressLines(err);

        Printer(boolean json, EpochSnapshots epochs) {
            this.json = json;
            this.epochs = epochs;
        }

        @Override
        public boolean keepsEpochs() {
            return epochs != null;
        }

        @Override
        public void onEpochModel(EpochMetrics metrics, TrainedModel atEpoch) {
            epochs.add(metrics.epoch(), atEpoch, problem -> err.println("warning: " + problem));
        }

        @Override
        public void onStart(TrainingPlan plan) {
            progress.plan(plan);
            if (!json) {
                out.println(Tables.epochHeader());
            }
        }

        @Override
        public void onBatchEnd(int epoch, int batch, int batches) {
            progress.batch(epoch, batch, batches);
        }

        @Override
        public void onEpochEnd(EpochMetrics m) {
            if (json) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("epoch", m.epoch());
                line.put("loss", Json.number(m.trainLoss()));
                line.put("accuracy", Json.number(m.trainAccuracy()));
                line.put("val_loss", Json.number(m.validationLoss()));
                line.put("lr", Json.number(m.learningRate()));
                line.put("best", m.improved());
                line.put("seconds", m.seconds());
                line.put("samples_per_s", m.targetsPerSecond());
                line.put("val", Json.metrics(m.validation()));
                out.println(Json.line(line));
            } else {
                out.println(Tables.epochRow(m));
            }
        }
    }

    /** Flags a continued run may change: the rest of its settings are the model's, so that it goes on as it was. */
    private static final Set<String> CONTINUED_FLAGS = Set.of("epochs", "learning-rate", "threads");

    /**
     * The settings of a run continuing a model: the model's, with the epochs to add and the
     * learning rate from the flags when given (epochs default to the model's own epoch count).
     */
    private static ModelConfig continuedConfig(Options o, ModelConfig model, PrintStream err) {
        List<String> refused = ConfigFlags.HYPERPARAMETERS.stream().filter(f -> !CONTINUED_FLAGS.contains(f))
                .filter(f -> o.get(f) != null).sorted().map(f -> "--" + f).toList();
        if (!refused.isEmpty()) {
            throw new UsageException("train: " + String.join(", ", refused) + " cannot change when continuing a model"
                    + " (--init-model): a continued run keeps the model's settings; only --epochs (how many more),"
                    + " --learning-rate and --threads may be given");
        }
        ModelConfig c = ConfigFlags.config(o, model, err);
        err.println("note: --init-model: every setting but --epochs, --learning-rate and --threads comes from the"
                + " model (" + c.epochs() + " more epochs at learning rate " + c.learningRate() + ")");
        return c;
    }
}
