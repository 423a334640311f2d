package seqlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import seqlab.data.Vocabulary;
import seqlab.model.EmbeddingExport;
import seqlab.model.TrainedModel;

/** {@code embeddings}: the model's item vectors and metadata for TensorBoard's Embedding Projector. */
final class EmbeddingsCommand {

    private final PrintStream out;
    private final PrintStream err;

    EmbeddingsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(List<String> args) throws IOException {
        Options o = Options.parse("embeddings", args, Set.of("model", "out"), Set.of());
        Path modelFile = o.requirePath("model");
        Path dir = o.requirePath("out");
        EmbeddingExport.check(dir, List.of(modelFile));
        TrainedModel model = ModelFiles.load(modelFile, err);
        EmbeddingExport.Summary s = EmbeddingExport.write(model, dir);
        out.println("wrote " + s.items() + " item vectors of " + s.dimensions() + " floats to "
                + dir.resolve(EmbeddingExport.VECTORS) + " and their labels and training counts to "
                + dir.resolve(EmbeddingExport.METADATA) + " (padding left out)");
        if (s.rareLine() > 0) {
            out.println("line " + s.rareLine() + ", " + Vocabulary.RARE_TOKEN + ", is one vector shared by all items"
                    + " rarer than the model's minimum item frequency");
        }
        out.println("load both in TensorBoard's Embedding Projector (projector.tensorflow.org: Load)");
    }
}
