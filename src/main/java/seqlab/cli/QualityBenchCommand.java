package seqlab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import seqlab.model.ModelConfig;

/**
 * {@code bench --quality}: trains with the given (default) settings on each data set of
 * {@link QualityDataSets} and reports HR@10, MRR@10 and HR@1 of the LSTM, the Markov and
 * popularity baselines and, for synthetic data, the exact Bayes ceiling, on the test and the
 * validation parts, with the epochs and seconds trained. One table block or JSON object per data
 * set on stdout; progress on stderr.
 */
final class QualityBenchCommand {

    private static final String COMMAND = "bench --quality";
    /** The bundled samples are read relative to the working directory. */
    private static final Path SAMPLES = Path.of("");

    private final PrintStream out;
    private final PrintStream err;

    QualityBenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(List<String> args) {
        Set<String> valued = new HashSet<>(ConfigFlags.HYPERPARAMETERS);
        valued.addAll(Set.of("only", "synthetic-sequences", "synthetic-length"));
        Options o = Options.parse(COMMAND, args, valued, Set.of("quality", "json"));
        List<String> names = QualityDataSets.select(o.get("only"));
        QualityDataSets.SyntheticSize size = size(o);
        ModelConfig config = ConfigFlags.config(o, ModelConfig.defaults(), err);
        QualityDataSets.requireFiles(names, SAMPLES);
        boolean json = o.has("json");
        for (String name : names) {
            QualityResult result = QualityRun.run(QualityDataSets.load(name, size, SAMPLES), config, err);
            if (json) {
                out.println(Json.line(QualityReport.json(result)));
            } else {
                QualityReport.table(out, result);
            }
            out.flush();
        }
    }

    private static QualityDataSets.SyntheticSize size(Options o) {
        QualityDataSets.SyntheticSize d = QualityDataSets.SyntheticSize.DEFAULT;
        int sequences = o.integer("synthetic-sequences", d.sequences());
        int length = o.integer("synthetic-length", d.length());
        if (sequences < 1 || length < 2) {
            throw new UsageException(COMMAND + ": --synthetic-sequences must be at least 1 and --synthetic-length"
                    + " at least 2 (got " + sequences + " and " + length + ")");
        }
        return new QualityDataSets.SyntheticSize(sequences, length);
    }
}
