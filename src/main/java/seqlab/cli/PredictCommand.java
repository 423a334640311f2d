package seqlab.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import seqlab.model.ModelBundle;
import seqlab.model.Prediction;
import seqlab.model.ScoredItem;
import seqlab.model.TrainedModel;

/** {@code predict}: the most probable next items after a prefix. */
final class PredictCommand {

    private final PrintStream out;
    private final PrintStream err;

    PredictCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(List<String> args) {
        Options o = Options.parse("predict", args, Set.of("model", "prefix", "top"), Set.of("json"));
        TrainedModel model = ModelBundle.load(o.requirePath("model"));
        int top = o.integer("top", 10);
        Prediction p = model.predict(o.require("prefix"), top);
        if (!p.unknown().isEmpty()) {
            err.println("unknown items skipped: " + String.join(", ", p.unknown()));
        }
        if (p.truncated() > 0) {
            err.println("prefix longer than max length " + model.config().maxLength() + ": the oldest "
                    + p.truncated() + " item(s) were left out");
        }
        if (!p.excluded().isEmpty()) {
            err.println("not ranked, already in the prefix: " + String.join(", ", p.excluded()));
        }
        if (o.has("json")) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("predictions", p.items().stream().map(i -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("item", i.item());
                m.put("label", i.label());
                m.put("probability", i.probability());
                return m;
            }).toList());
            result.put("unknown", p.unknown());
            result.put("used", p.used());
            result.put("ranking", Json.ranking(p.excludesSeen()));
            result.put("excluded", p.excluded());
            out.println(Json.line(result));
        }
        if (p.isEmpty()) {
            throw new seqlab.data.DataException(p.unknown().isEmpty() ? "the prefix is empty: give at least one item"
                    : "no item of the prefix is known to the model: " + String.join(", ", p.unknown()));
        }
        if (o.has("json")) {
            return;
        }
        out.printf("%4s  %-12s %11s  %s%n", "rank", "item", "probability", "label");
        for (ScoredItem i : p.items()) {
            out.printf("%4d  %-12s %10.2f%%  %s%n", i.rank(), i.item(), 100 * i.probability(),
                    i.label().equals(i.item()) ? "" : i.label());
        }
    }
}
