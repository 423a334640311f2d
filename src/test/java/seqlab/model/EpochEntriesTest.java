package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import seqlab.ToyData;
import seqlab.ZipEntries;
import seqlab.data.DataException;
import seqlab.data.ItemLabels;

class EpochEntriesTest {

    private static TrainingOutcome trained;
    private static EpochSnapshots epochs;

    @BeforeAll
    static void train() {
        epochs = new EpochSnapshots();
        trained = new Trainer(PreparedData.prepare(ToyData.sequences(), ItemLabels.none(),
                ModelConfig.builder().epochs(3).build(), null)).train(new TrainingListener() {
                    @Override
                    public void onEpochEnd(EpochMetrics metrics) {
                    }

                    @Override
                    public boolean keepsEpochs() {
                        return true;
                    }

                    @Override
                    public void onEpochModel(EpochMetrics metrics, TrainedModel atEpoch) {
                        epochs.add(metrics.epoch(), atEpoch);
                    }
                }, () -> false);
    }

    @Test
    void theEpochsSavedWithAModelComeBackAsTheyWere(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.zip");
        ModelBundle.save(trained.model(), trained.optimizer(), epochs, file);
        assertTrue(ZipEntries.read(file).containsKey("epochs/epoch-0002.bin"));
        TrainedModel model = ModelBundle.load(file);
        try (EpochSnapshots back = ModelBundle.loadEpochs(file, model)) {
            assertEquals(List.of(1, 2, 3), back.epochs());
            for (int epoch : List.of(1, 2, 3)) {
                assertEquals(epochs.model(epoch).predict("1", 0).items(), back.model(epoch).predict("1", 0).items(),
                        "epoch " + epoch);
                assertEquals(epochs.model(epoch).history(), back.model(epoch).history());
            }
        }
        Path plain = dir.resolve("plain.zip");
        ModelBundle.save(trained.model(), plain);
        assertNull(ModelBundle.loadEpochs(plain, ModelBundle.load(plain)), "epochs are kept only when asked");
        assertTrue(ZipEntries.read(plain).keySet().stream().noneMatch(n -> n.startsWith("epochs/")));
    }

    @Test
    void aDamagedEpochIsReportedByNameAndTheModelStillOpens(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.zip");
        ModelBundle.save(trained.model(), null, epochs, file);
        Map<String, byte[]> entries = new LinkedHashMap<>(ZipEntries.read(file));
        byte[] two = entries.get("epochs/epoch-0002.bin");
        entries.put("epochs/epoch-0002.bin", Arrays.copyOf(two, two.length / 2));
        Path damaged = ZipEntries.write(dir.resolve("damaged.zip"), entries);
        TrainedModel model = ModelBundle.load(damaged);
        DataException e = assertThrows(DataException.class, () -> ModelBundle.loadEpochs(damaged, model));
        assertEquals(damaged + ": epochs/epoch-0002.bin: damaged (cut short: it ends before the weights it lists)",
                e.getMessage());

        entries.put("epochs/epoch-0002.bin", two);
        entries.put("epochs/epoch-0009.bin", two);
        Path extra = ZipEntries.write(dir.resolve("extra.zip"), entries);
        e = assertThrows(DataException.class, () -> ModelBundle.loadEpochs(extra, ModelBundle.load(extra)));
        assertEquals(extra + ": epochs/epoch-0009.bin: epoch 9 is not in the model's history", e.getMessage());
    }
}
