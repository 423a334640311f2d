package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainEstimateCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainPrintsTheEstimateBeforeTheFirstEpochAndNoWarningForTheDefaults() {
        Path model = dir.resolve("m.zip");
        Run r = Run.of("train", "--data", "sample-data/margarine/sequences.txt", "--model", model.toString(),
                "--epochs", "1");
        assertEquals(0, r.exit(), r.toString());
        int estimate = r.err().indexOf("estimate: ");
        assertTrue(estimate >= 0, r.toString());
        assertTrue(estimate < r.err().indexOf("epoch 1"), r.toString());
        assertTrue(r.err().substring(estimate).lines().findFirst().orElseThrow()
                .matches("estimate: [0-9,.]+ (M )?parameters, ~[0-9.]+ [MG]B memory at peak, ~.* per epoch .*"), r.toString());
        assertFalse(r.err().contains("warning:"), r.toString());
    }

    @Test
    void aRunThatCannotFitIsRefusedBeforeTrainingAndWritesNoModel() throws Exception {
        Path data = dir.resolve("data.txt");
        Files.writeString(data, "1 2 3 4 5 6 7 8 9 1 2 3\n".repeat(400));
        Path model = dir.resolve("m.zip");
        Run r = Run.of("train", "--data", data.toString(), "--model", model.toString(), "--training", "prefixes",
                "--max-len", "1000", "--batch-size", "4096", "--units", "2048", "--embedding-dim", "1024");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("this run needs about"), r.toString());
        assertTrue(r.err().contains("lower batch-size (now 4096), max-len (now 1000) or units (now 2048)"), r.toString());
        assertFalse(r.err().contains("epoch 1"), r.toString());
        assertFalse(Files.exists(model));
    }
}
