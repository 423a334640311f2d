package seqlab.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import seqlab.data.DataException;
import seqlab.data.OutputFile;
import seqlab.data.Vocabulary;

/**
 * Writes a model's item embeddings in the format TensorBoard's Embedding Projector loads: {@value #VECTORS}
 * (one item per line, its embedding row as tab-separated floats, in vocabulary order) and {@value #METADATA}
 * (header {@code item\tlabel\tcount}, then one line per item in the same order; count = how often the item
 * occurred in the training sequences, as the popularity baseline counted). The padding row (id 0) is left
 * out; the rare item ({@link Vocabulary#RARE_TOKEN}), when the model has one, is the last line.
 */
public final class EmbeddingExport {

    /** The vectors file's name. */
    public static final String VECTORS = "vectors.tsv";
    /** The metadata file's name. */
    public static final String METADATA = "metadata.tsv";

    private EmbeddingExport() {
    }

    /**
     * What was written.
     *
     * @param items      lines of each file (header not counted)
     * @param dimensions floats per vector
     * @param rareLine   the 1-based line of the rare item in {@value #VECTORS}, or -1 when there is none
     */
    public record Summary(int items, int dimensions, int rareLine) {
    }

    /**
     * Checks that both files can be written into {@code dir} (which must not be a file; it is
     * created when missing).
     *
     * @param inputs the run's input files, which must not be overwritten
     * @throws DataException naming the problem
     */
    public static void check(Path dir, List<Path> inputs) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new DataException(dir + ": --out is a file; give a folder (it is created when missing)");
        }
        OutputFile.check(dir.resolve(VECTORS), "--out", inputs);
        OutputFile.check(dir.resolve(METADATA), "--out", inputs);
    }

    /**
     * Writes both files into {@code dir}, each atomically.
     *
     * @throws IOException naming the file and the problem
     */
    public static Summary write(TrainedModel model, Path dir) throws IOException {
        ItemVectors items = ItemVectors.of(model);
        OutputFile.write(dir.resolve(VECTORS), out -> {
            StringBuilder line = new StringBuilder();
            for (float[] row : items.vectors()) {
                line.setLength(0);
                for (int d = 0; d < row.length; d++) {
                    if (d > 0) {
                        line.append('\t');
                    }
                    line.append(row[d]);
                }
                print(out, line.append('\n'));
            }
        });
        OutputFile.write(dir.resolve(METADATA), out -> {
            print(out, "item\tlabel\tcount\n");
            for (int i = 0; i < items.size(); i++) {
                print(out, cell(items.tokens().get(i)) + "\t" + cell(items.labels().get(i)) + "\t" + items.counts()[i]
                        + "\n");
            }
        });
        Vocabulary vocabulary = model.vocabulary();
        return new Summary(items.size(), items.dimensions(), vocabulary.hasRare() ? vocabulary.rareId() : -1);
    }

    /** Tabs and line breaks would break the table; they become spaces. */
    static String cell(String text) {
        return text.replaceAll("[\\t\\r\\n]", " ");
    }

    private static void print(OutputStream out, CharSequence text) throws IOException {
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
