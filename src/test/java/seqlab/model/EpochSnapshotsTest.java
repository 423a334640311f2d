package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import seqlab.ToyData;
import seqlab.data.ItemLabels;

class EpochSnapshotsTest {

    private static final class Recording implements TrainingListener {
        final List<Integer> ended = new ArrayList<>();
        final Map<Integer, TrainedModel> models = new LinkedHashMap<>();
        final boolean keeps;

        Recording(boolean keeps) {
            this.keeps = keeps;
        }

        @Override
        public void onEpochEnd(EpochMetrics metrics) {
            ended.add(metrics.epoch());
        }

        @Override
        public boolean keepsEpochs() {
            return keeps;
        }

        @Override
        public void onEpochModel(EpochMetrics metrics, TrainedModel atEpoch) {
            assertEquals(metrics.epoch(), ended.get(ended.size() - 1), "called right after onEpochEnd");
            assertEquals(metrics, atEpoch.history().get(atEpoch.history().size() - 1));
            models.put(metrics.epoch(), atEpoch);
        }
    }

    private static TrainingOutcome train(TrainingListener listener, int epochs) {
        // no validation data: the last epoch's weights are the final model's
        ModelConfig config = ModelConfig.builder().epochs(epochs).learningRate(0.02).validationFraction(0)
                .testFraction(0).build();
        PreparedData prepared = PreparedData.prepare(ToyData.sequences(), ItemLabels.none(), config, null);
        return new Trainer(prepared).train(listener, () -> false);
    }

    private static float[] probabilities(TrainedModel model) {
        return ModelProbes.fastPath(model, new int[]{0, 1});
    }

    @Test
    void aListenerThatDoesNotKeepEpochsIsNeverHandedAModel() {
        Recording r = new Recording(false);
        train(r, 3);
        assertEquals(List.of(1, 2, 3), r.ended);
        assertTrue(r.models.isEmpty());
    }

    @Test
    void eachEpochModelIsFrozenAndTheLastPredictsAsTheFinalModel() {
        Recording r = new Recording(true);
        TrainedModel finalModel = train(r, 4).model();
        assertEquals(List.of(1, 2, 3, 4), List.copyOf(r.models.keySet()));
        assertArrayEquals(probabilities(finalModel), probabilities(r.models.get(4)), 1e-6f);
        // training went on after epoch 1: its snapshot kept its own weights
        assertFalse(java.util.Arrays.equals(probabilities(r.models.get(1)), probabilities(r.models.get(4))));
        assertEquals(1, r.models.get(1).history().size());
        // the Trace tab explains an epoch's model with what followed in training, as it does the final one
        assertEquals(2, r.models.get(1).followers().afterBeginning(new int[]{0, 1}).values().stream()
                .mapToInt(Integer::intValue).sum(), "after 1 2 came 3 once and 4 once");
        assertTrue(Explanation.of(r.models.get(1), "1 2", 3).notes().isEmpty());
    }

    @Test
    void epochsBeyondTheBudgetAreWrittenToDiskAndReadBackIdentical() {
        Recording r = new Recording(true);
        train(r, 3);
        long oneModel = r.models.get(1).weightBytes();
        try (EpochSnapshots kept = new EpochSnapshots(oneModel)) {
            r.models.forEach(kept::add);
            assertEquals(List.of(1, 2, 3), kept.epochs());
            assertTrue(kept.inMemory(1));
            assertFalse(kept.inMemory(2));
            assertFalse(kept.inMemory(3));
            for (int epoch : List.of(3, 2, 1, 3)) {
                TrainedModel back = kept.model(epoch);
                assertArrayEquals(probabilities(r.models.get(epoch)), probabilities(back), 0f, "epoch " + epoch);
                assertEquals(r.models.get(epoch).history(), back.history());
                assertEquals(r.models.get(epoch).history(), kept.history(epoch));
            }
            assertArrayEquals(probabilities(r.models.get(3)), probabilities(kept.latest()), 0f);
            assertThrows(IllegalArgumentException.class, () -> kept.model(7));
            assertThrows(IllegalArgumentException.class, () -> kept.add(2, r.models.get(2)));
        }
    }

    @Test
    void whenTheTemporaryFileCannotBeWrittenLaterEpochsAreNotKeptAndTheProblemIsSaid(@TempDir Path dir) {
        Recording r = new Recording(true);
        train(r, 3);
        File gone = dir.resolve("vanished").toFile();
        try (EpochSnapshots kept = new EpochSnapshots(0, gone)) {
            assertTrue(kept.add(1, r.models.get(1)), "the first epoch stays in memory");
            assertFalse(kept.add(2, r.models.get(2)));
            assertFalse(kept.add(3, r.models.get(3)));
            assertEquals(List.of(1), kept.epochs());
            assertTrue(kept.problem().startsWith("epoch 2 and later ones are not kept for looking back: could not"
                    + " write an epoch's weights to a temporary file in " + gone), kept.problem());
            assertThrows(IllegalArgumentException.class, () -> kept.model(2));
        }
    }

    @Test
    void withinTheBudgetEveryEpochStaysInMemory() {
        Recording r = new Recording(true);
        train(r, 2);
        EpochSnapshots kept = new EpochSnapshots();
        r.models.forEach(kept::add);
        assertTrue(kept.inMemory(1));
        assertTrue(kept.inMemory(2));
        assertTrue(kept.model(2) == r.models.get(2));
        kept.close();
        assertThrows(IllegalStateException.class, () -> kept.model(1));
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EpochSnapshots(-1));
    }
}
