package seqlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import seqlab.data.DataException;
import seqlab.data.TextFile;
import seqlab.model.ModelBundle;
import seqlab.model.Prediction;
import seqlab.model.TrainedModel;

/** {@code predict}: the most probable next items after a prefix. */
final class PredictCommand {

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    PredictCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** The prefix from --prefix, or from the file (or standard input, "-") --prefix-file names. */
    private String prefix(Options o) {
        if (o.has("prefix") == o.has("prefix-file")) {
            throw new UsageException("predict: give either --prefix \"1 2\" or --prefix-file FILE (- reads standard input)");
        }
        if (o.has("prefix")) {
            return o.get("prefix");
        }
        String file = o.get("prefix-file");
        if (file.equals("-")) {
            try {
                return TextFile.decode("standard input", in.readAllBytes()).text();
            } catch (IOException e) {
                throw new DataException("standard input: cannot read the prefix (" + e.getMessage() + ")");
            }
        }
        return TextFile.read(Path.of(file)).text();
    }

    void run(List<String> args) {
        Options o = Options.parse("predict", args, Set.of("model", "prefix", "prefix-file", "top"), Set.of("json"));
        int top = o.integer("top", 10);
        if (top < 1) {
            throw new UsageException("predict: --top must be at least 1 (got " + top + ")");
        }
        String prefix = prefix(o);
        TrainedModel model = ModelBundle.load(o.requirePath("model"));
        Prediction p = model.predict(prefix, top);
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
            result.put("predictions", Json.scoredItems(p.items()));
            result.put("unknown", p.unknown());
            result.put("used", p.used());
            result.put("ranking", Json.ranking(p.excludesSeen()));
            result.put("excluded", p.excluded());
            out.println(Json.line(result));
        }
        if (p.isEmpty()) {
            throw new DataException(p.unknown().isEmpty() ? "the prefix is empty: give at least one item"
                    : "no item of the prefix is known to the model: " + String.join(", ", p.unknown()));
        }
        if (o.has("json")) {
            return;
        }
        Tables.ranking(out, "", p.items());
    }
}
