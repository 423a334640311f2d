package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import seqlab.model.EpochSnapshots;
import seqlab.model.ModelBundle;
import seqlab.model.TrainedModel;

/** train --keep-epochs: the model file keeps every epoch's model for looking back. */
class KeepEpochsCommandTest {

    @Test
    void theModelFileKeepsEveryEpochOnlyWhenAsked(@TempDir Path dir) {
        Path kept = dir.resolve("kept.zip");
        Run r = Run.of("train", "--data", "sample-data/toy.txt", "--model", kept.toString(), "--epochs", "3",
                "--patience", "0", "--keep-epochs");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertTrue(r.err().contains("the model file keeps the models of 3 epoch(s) (--keep-epochs)"), r.err());
        assertTrue(r.err().contains("the epochs' models kept for looking back"), "the estimate counts them: " + r.err());
        TrainedModel model = ModelBundle.load(kept);
        try (EpochSnapshots epochs = ModelBundle.loadEpochs(kept, model)) {
            assertEquals(List.of(1, 2, 3), epochs.epochs());
            assertEquals(2, epochs.model(2).history().size());
        }

        Path plain = dir.resolve("plain.zip");
        Run p = Run.of("train", "--data", "sample-data/toy.txt", "--model", plain.toString(), "--epochs", "2");
        assertEquals(CommandLine.OK, p.exit(), p::toString);
        assertNull(ModelBundle.loadEpochs(plain, ModelBundle.load(plain)));
    }
}
