package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import seqlab.model.EpochMetrics;
import seqlab.model.ModelBundle;
import seqlab.model.TrainedModel;

/** train --init-model: continuing a saved model through the command line. */
class ContinueTrainingCommandTest {

    private static final String TOY = "sample-data/toy.txt";

    private static Run train(String... args) {
        Run r = Run.of(args);
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        return r;
    }

    @Test
    void continuingTwoEpochsForTwoSavesWhatFourEpochsSave(@TempDir Path dir) {
        Path two = dir.resolve("two.zip");
        Path continued = dir.resolve("continued.zip");
        Path four = dir.resolve("four.zip");
        train("train", "--data", TOY, "--model", two.toString(), "--epochs", "2", "--split", "none",
                "--dropout", "0", "--learning-rate", "0.02");
        Run r = train("train", "--init-model", two.toString(), "--data", TOY, "--model", continued.toString(),
                "--epochs", "2");
        train("train", "--data", TOY, "--model", four.toString(), "--epochs", "4", "--split", "none",
                "--dropout", "0", "--learning-rate", "0.02");
        assertTrue(r.err().contains("after epoch 2 for 2 more"), r.err());
        assertTrue(r.err().contains("optimizer state saved in the model file"), r.err());

        TrainedModel expected = ModelBundle.load(four);
        TrainedModel actual = ModelBundle.load(continued);
        assertEquals(List.of(1, 2, 3, 4), actual.history().stream().map(EpochMetrics::epoch).toList());
        float[][] e = expected.embeddingRows();
        float[][] a = actual.embeddingRows();
        for (int i = 0; i < e.length; i++) {
            assertArrayEquals(e[i], a[i], 1e-5f, "embedding row " + i);
        }
        assertEquals(expected.predict("1 2", 0).items().get(0).probability(),
                actual.predict("1 2", 0).items().get(0).probability(), 1e-5);
    }

    @Test
    void settingsOtherThanEpochsAndLearningRateAreRefused(@TempDir Path dir) {
        Path two = dir.resolve("two.zip");
        train("train", "--data", TOY, "--model", two.toString(), "--epochs", "1", "--split", "none");
        Run r = Run.of("train", "--init-model", two.toString(), "--data", TOY, "--model",
                dir.resolve("c.zip").toString(), "--units", "8");
        assertEquals(CommandLine.USER_ERROR, r.exit(), r::toString);
        assertTrue(r.err().contains("--units cannot change when continuing"), r.err());
    }
}
