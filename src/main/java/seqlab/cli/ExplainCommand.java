package seqlab.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import seqlab.data.DataException;
import seqlab.model.Explanation;
import seqlab.model.TrainedModel;

/** {@code explain}: the top items after each step of a prefix, and what followed in training. */
final class ExplainCommand {

    private final PrintStream out;
    private final PrintStream err;

    ExplainCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(List<String> args) {
        Options o = Options.parse("explain", args, Set.of("model", "prefix", "top"), Set.of("json"));
        int top = o.integer("top", 5);
        if (top < 1) {
            throw new UsageException("explain: --top must be at least 1 (got " + top + ")");
        }
        if (!o.has("prefix")) {
            throw new UsageException("explain: give --prefix \"1 2\"");
        }
        String prefix = o.get("prefix");
        TrainedModel model = ModelFiles.load(o.requirePath("model"), err);
        Explanation e = Explanation.of(model, prefix, top);
        if (!e.unknown().isEmpty()) {
            err.println("unknown items skipped: " + String.join(", ", e.unknown()));
        }
        if (e.truncated() > 0) {
            err.println("prefix longer than max length " + model.config().maxLength() + ": the last step left out the"
                    + " oldest " + e.truncated() + " item(s)");
        }
        if (model.excludesSeen() && !e.isEmpty()) {
            err.println("not ranked at each step, as predict does: the items of the prefix up to it");
        }
        if (o.has("json")) {
            out.println(Json.line(json(e, model)));
        }
        if (e.isEmpty()) {
            throw new DataException(e.unknown().isEmpty() ? "the prefix is empty: give at least one item"
                    : "no item of the prefix is known to the model: " + String.join(", ", e.unknown()));
        }
        if (!o.has("json")) {
            text(e);
        }
    }

    private static Map<String, Object> json(Explanation e, TrainedModel model) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("steps", e.steps().stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("item", s.item());
            step.put("top", Json.scoredItems(s.prediction().items()));
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("prefix", s.evidence().prefix());
            evidence.put("last2", s.evidence().last2());
            evidence.put("last1", s.evidence().last1());
            step.put("evidence", evidence);
            return step;
        }).toList());
        result.put("unknown", e.unknown());
        result.put("reading", e.reading());
        result.put("notes", e.notes());
        result.put("ranking", Json.ranking(model.excludesSeen()));
        return result;
    }

    private void text(Explanation e) {
        for (int n = 0; n < e.steps().size(); n++) {
            Explanation.Step s = e.steps().get(n);
            List<String> used = s.prediction().used();
            out.printf("step %d: after %s%n", n + 1, String.join(" ", used));
            Tables.ranking(out, "  ", s.prediction().items());
            Explanation.Evidence ev = s.evidence();
            if (ev.prefix() != null) {
                out.println("  followed the whole prefix in training (" + ev.beginning() + " sequence(s) began with"
                        + " it): " + counts(ev.prefix(), "nothing"));
            }
            if (ev.last2() != null) {
                out.println("  followed " + e.steps().get(n - 1).item() + " " + s.item() + " in training: " + counts(ev.last2(), "nothing"));
            }
            out.println("  followed " + s.item() + " in training: " + counts(ev.last1(), "nothing (it always came last)"));
        }
        out.println("reading: " + e.reading());
        for (String note : e.notes()) {
            out.println("note: " + note + " (null in --json)");
        }
    }

    private static String counts(Map<String, Integer> counts, String none) {
        return counts.isEmpty() ? none : String.join(", ", counts.entrySet().stream()
                .map(x -> x.getKey() + " x" + x.getValue()).toList()) + " (total " + Explanation.Evidence.total(counts)
                + ")";
    }
}
