package seqlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import seqlab.data.OutputFile;
import seqlab.data.SequenceData;
import seqlab.model.RecommendationSummary;
import seqlab.model.RecommendationWriter;
import seqlab.model.Recommender;
import seqlab.model.SeenItems;
import seqlab.model.TrainedModel;

/**
 * {@code recommend}: the top items for every sequence of a data file, as CSV
 * ({@link RecommendationWriter}) to {@code --out} or stdout; the summary goes to stderr.
 */
final class RecommendCommand {

    private final PrintStream out;
    private final PrintStream err;

    RecommendCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(List<String> args) throws IOException {
        Set<String> valued = new HashSet<>(ConfigFlags.READING);
        valued.addAll(Set.of("model", "data", "top", "out", "seen-items"));
        Options o = Options.parse("recommend", args, valued, Set.of("exclude-seen"));
        Path modelFile = o.requirePath("model");
        Path dataFile = o.requirePath("data");
        int top = o.integer("top", 10);
        if (top < 1) {
            throw new UsageException("recommend: --top must be at least 1 (got " + top + ")");
        }
        SeenItems asked = seenItems(o);
        Path outFile = o.path("out");
        if (outFile != null) {
            OutputFile.check(outFile, "--out", Arrays.asList(modelFile, dataFile));
        }
        TrainedModel model = ModelFiles.load(modelFile, err);
        SequenceData data = DataFiles.sequences(dataFile, ConfigFlags.reading(o), err);
        boolean exclude = SeenItemsOption.excludes(asked, model, "this run of recommend", err);
        RecommendationWriter writer = new RecommendationWriter(new Recommender(model, top, exclude));
        RecommendationSummary summary = outFile == null
                ? writer.write(data, out, Recommender.Progress.NONE, () -> false)
                : writer.write(data, outFile, Recommender.Progress.NONE, () -> false);
        err.println("ranking: " + (exclude ? "items already in a sequence are excluded" : "all items, also those"
                + " already in a sequence"));
        err.println("recommendations: " + summary.describe() + (outFile == null ? "" : "; written to " + outFile));
    }

    /** {@code --seen-items}, or {@code --exclude-seen} (the same as {@code --seen-items exclude}). */
    private static SeenItems seenItems(Options o) {
        SeenItems asked = SeenItemsOption.asked(o);
        if (o.has("exclude-seen")) {
            if (asked == SeenItems.RANK) {
                throw new UsageException("recommend: --exclude-seen and --seen-items rank contradict each other");
            }
            return SeenItems.EXCLUDE;
        }
        return asked;
    }
}
