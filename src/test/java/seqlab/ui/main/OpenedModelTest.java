package seqlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import seqlab.ToyData;
import seqlab.ZipEntries;
import seqlab.data.ItemLabels;
import seqlab.model.ModelBundle;
import seqlab.model.ModelConfig;
import seqlab.model.PreparedData;
import seqlab.model.Trainer;
import seqlab.model.TrainingListener;
import seqlab.model.TrainingOutcome;

class OpenedModelTest {

    @Test
    void aModelWithADamagedOptimizerStateStillOpensAndSaysContinueStartsAfresh(@TempDir Path dir) throws IOException {
        TrainingOutcome trained = new Trainer(PreparedData.prepare(ToyData.sequences(), ItemLabels.none(),
                ModelConfig.builder().epochs(1).build(), null)).train(TrainingListener.none(), () -> false);
        Path whole = dir.resolve("m.zip");
        ModelBundle.save(trained.model(), trained.optimizer(), whole);
        OpenedModel opened = OpenedModel.of(whole);
        assertNotNull(opened.optimizer());
        assertEquals("", opened.optimizerProblem());

        Map<String, byte[]> entries = new LinkedHashMap<>(ZipEntries.read(whole));
        byte[] optimizer = entries.get("optimizer.bin");
        entries.put("optimizer.bin", Arrays.copyOf(optimizer, optimizer.length / 2));
        Path damaged = ZipEntries.write(dir.resolve("damaged.zip"), entries);
        OpenedModel half = OpenedModel.of(damaged);
        assertEquals(trained.model().predict("1 2", 0).items(), half.model().predict("1 2", 0).items());
        assertNull(half.optimizer());
        assertTrue(half.optimizerProblem().startsWith("The model damaged.zip predicts, but its optimizer state cannot"
                + " be used ("), half.optimizerProblem());
        assertTrue(half.optimizerProblem().endsWith("Continue training will start a fresh optimizer"));
    }
}
