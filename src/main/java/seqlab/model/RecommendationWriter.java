package seqlab.model;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import seqlab.data.CsvSplitter;
import seqlab.data.OutputFile;
import seqlab.data.SequenceData;

/**
 * Writes a {@link Recommender}'s recommendations for every sequence as CSV (UTF-8, RFC 4180
 * quoting, {@code \n} line ends), one row per sequence and rank, under the header
 * {@value #HEADER}: {@code sequence} is the sequence's id ({@link SequenceData#ids()}: the
 * sequence column of a table, the line number in a file of lines), {@code probability} the
 * model's probability with 8 decimals. Rows are written as each batch of sequences is scored;
 * nothing is collected. The command line's {@code recommend} and the workbench's export both
 * write through this class, so they write the same file.
 */
public final class RecommendationWriter {

    /** The first line of every file written. */
    public static final String HEADER = "sequence,rank,item,label,probability";

    private final Recommender recommender;

    public RecommendationWriter(Recommender recommender) {
        this.recommender = recommender;
    }

    /**
     * Writes the recommendations for {@code sequences}, named by {@code ids}, to {@code out} and
     * flushes it (without closing it).
     *
     * @param ids       one id per sequence
     * @param sequences item tokens, oldest first
     * @throws IOException as {@code out} throws it
     */
    public RecommendationSummary write(List<String> ids, List<? extends List<String>> sequences, OutputStream out,
                                       Recommender.Progress progress, BooleanSupplier stop) throws IOException {
        if (ids.size() != sequences.size()) {
            throw new IllegalArgumentException(ids.size() + " ids for " + sequences.size() + " sequences");
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(HEADER);
        w.write('\n');
        StringBuilder line = new StringBuilder(128);
        RecommendationSummary summary = recommender.recommend(sequences, (index, items) -> {
            String id = CsvSplitter.quote(ids.get(index));
            for (ScoredItem item : items) {
                line.setLength(0);
                line.append(id).append(',').append(item.rank()).append(',').append(CsvSplitter.quote(item.item()))
                        .append(',').append(CsvSplitter.quote(item.label())).append(',');
                appendProbability(line, item.probability());
                line.append('\n');
                w.append(line);
            }
        }, progress, stop);
        w.flush();
        return summary;
    }

    /** Writes the recommendations for every sequence of {@code data} to {@code out}; see {@link #write(List, List, OutputStream, Recommender.Progress, BooleanSupplier)}. */
    public RecommendationSummary write(SequenceData data, OutputStream out, Recommender.Progress progress,
                                       BooleanSupplier stop) throws IOException {
        return write(data.ids(), data.sequences(), out, progress, stop);
    }

    /**
     * Writes the recommendations for every sequence of {@code data} to {@code file} atomically
     * ({@link OutputFile#write(Path, OutputFile.Content)}): streamed into a temporary file beside it
     * and moved into place at the end. When stopped, no file is written and the one that was there
     * stays as it was; the summary says {@link RecommendationSummary#stopped() stopped}.
     *
     * @throws IOException naming the file and the problem
     */
    public RecommendationSummary write(SequenceData data, Path file, Recommender.Progress progress,
                                       BooleanSupplier stop) throws IOException {
        RecommendationSummary[] summary = new RecommendationSummary[1];
        try {
            OutputFile.write(file, out -> {
                summary[0] = write(data, out, progress, stop);
                if (summary[0].stopped()) {
                    throw new CancellationException("stopped");
                }
            });
        } catch (CancellationException e) {
            if (summary[0] == null) {
                throw e;
            }
        }
        return summary[0];
    }

    /** {@code p} (0 to 1) with 8 decimals, without the cost of {@link String#format}. */
    static void appendProbability(StringBuilder s, double p) {
        long v = Math.round(Math.max(0, Math.min(1, p)) * 100_000_000L);
        s.append(v / 100_000_000L).append('.');
        String frac = Long.toString(v % 100_000_000L);
        for (int i = frac.length(); i < 8; i++) {
            s.append('0');
        }
        s.append(frac);
    }
}
