package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import seqlab.ToyData;
import seqlab.data.DataException;
import seqlab.data.ItemLabels;

class EmbeddingExportTest {

    private static TrainedModel model;
    /** Items seen once (3) merged into the rare item. */
    private static TrainedModel rare;

    @BeforeAll
    static void train() {
        ItemLabels labels = new ItemLabels(Map.of("1", "Parkay\tstick"), List.of());
        model = new Trainer(PreparedData.prepare(ToyData.sequences(), labels,
                ModelConfig.builder().epochs(2).embeddingDim(6).build(), null))
                .train(TrainingListener.none(), () -> false).model();
        rare = new Trainer(PreparedData.prepare(ToyData.sequences(), labels,
                ModelConfig.builder().epochs(2).minItemFrequency(2).build(), null))
                .train(TrainingListener.none(), () -> false).model();
    }

    @Test
    void vectorsAreTheNetworksEmbeddingRowsWithoutPadding(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("new/emb");
        EmbeddingExport.Summary s = EmbeddingExport.write(model, out);
        assertEquals(new EmbeddingExport.Summary(5, 6, -1), s);
        INDArray w = model.network().getLayer(NetworkFactory.EMBEDDING).getParam("W");
        List<String> lines = Files.readAllLines(out.resolve(EmbeddingExport.VECTORS));
        assertEquals(5, lines.size());
        for (int id = 1; id <= 5; id++) {
            String[] cells = lines.get(id - 1).split("\t");
            assertEquals(6, cells.length);
            for (int d = 0; d < 6; d++) {
                assertEquals(w.getFloat(id, d), Float.parseFloat(cells[d]), 0f, "item " + id + " dim " + d);
            }
        }
    }

    @Test
    void metadataHasLabelsAndTrainingCounts(@TempDir Path dir) throws IOException {
        EmbeddingExport.write(model, dir);
        // toy.txt: 1 2 3 / 4 2 5 / 1 2 / 1 2 4 5
        assertEquals(List.of("item\tlabel\tcount", "1\tParkay stick\t3", "2\t2\t4", "3\t3\t1", "4\t4\t2", "5\t5\t2"),
                Files.readAllLines(dir.resolve(EmbeddingExport.METADATA)));
    }

    @Test
    void theRareItemIsTheLastLine(@TempDir Path dir) throws IOException {
        EmbeddingExport.Summary s = EmbeddingExport.write(rare, dir);
        assertEquals(5, s.rareLine());
        List<String> meta = Files.readAllLines(dir.resolve(EmbeddingExport.METADATA));
        assertEquals("<rare>\t<rare>\t1", meta.get(5));
        assertEquals(5, Files.readAllLines(dir.resolve(EmbeddingExport.VECTORS)).size());
    }

    @Test
    void aFileIsRefusedAsTheFolder(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("emb"), "x");
        DataException e = assertThrows(DataException.class, () -> EmbeddingExport.check(file, List.of()));
        assertEquals(file + ": --out is a file; give a folder (it is created when missing)", e.getMessage());
    }
}
