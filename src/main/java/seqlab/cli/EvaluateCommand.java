package seqlab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import seqlab.data.SequenceData;
import seqlab.eval.EvalSet;
import seqlab.eval.Evaluator;
import seqlab.eval.MetricsReport;
import seqlab.eval.Scorer;
import seqlab.model.EvaluationData;
import seqlab.model.ModelConfig;
import seqlab.model.SeenItems;
import seqlab.model.TrainedModel;

/**
 * {@code evaluate}: the model and both baselines on a data file, side by side, never on a sequence
 * the model was trained on ({@link EvaluationData}): the very data it was trained on gives the
 * held-out test part of its split, other data every sequence but those it was trained on. Items already in
 * a prefix are ranked or left out as the model's own metrics were, unless {@code --seen-items}
 * says otherwise.
 */
final class EvaluateCommand {

    private final PrintStream out;
    private final PrintStream err;

    EvaluateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(List<String> args) {
        Set<String> valued = new HashSet<>(ConfigFlags.READING);
        valued.addAll(Set.of("model", "data", "k", "seen-items"));
        Options o = Options.parse("evaluate", args, valued, Set.of("json"));
        Path modelFile = o.requirePath("model");
        Path dataFile = o.requirePath("data");
        int[] ks = o.integers("k", Evaluator.DEFAULT_KS);
        SeenItems asked = SeenItemsOption.asked(o);
        TrainedModel model = ModelFiles.load(modelFile, err);
        ModelConfig config = model.config();
        SequenceData data = DataFiles.sequences(dataFile, ConfigFlags.reading(o), err);
        EvaluationData part = EvaluationData.of(model, data);
        if (!part.note().isEmpty()) {
            err.println(part.note());
        }
        EvalSet set = EvalSet.of(part.sequences(), model::evaluationClassOf, config.maxLength());
        boolean excludeSeen = SeenItemsOption.excludes(asked, model, "this evaluation", err);
        Evaluator evaluator = new Evaluator(ks, model.excludedClass(), excludeSeen);
        Map<String, MetricsReport> reports = new LinkedHashMap<>();
        for (Scorer s : model.scorers()) {
            reports.put(s.name(), evaluator.evaluate(s, set));
        }
        if (set.isEmpty()) {
            throw new seqlab.data.DataException(dataFile + ": nothing to evaluate (" + set.unknownTargets()
                    + " target(s) with items the model never saw, " + set.emptyPrefixes() + " with no known prefix item)");
        }
        if (o.has("json")) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("data", dataFile.toString());
            result.put("targets", set.size());
            result.put("unknown_targets", set.unknownTargets());
            result.put("empty_prefixes", set.emptyPrefixes());
            result.put("ranking", Json.ranking(excludeSeen));
            result.put("metrics", Json.reports(reports));
            out.println(Json.line(result));
        } else {
            Tables.metrics(out, reports);
            out.println(excludeSeen ? "ranking: items already in the prefix are excluded"
                    : "ranking: all items, also those already in the prefix");
        }
    }
}
