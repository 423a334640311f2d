package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import seqlab.ToyData;
import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.eval.SplitMethod;

class ContinuedTrainingTest {

    private static TrainingOutcome train(ModelConfig config, Continuation from) {
        PreparedData prepared = PreparedData.prepare(ToyData.sequences(), ItemLabels.none(), config, null);
        return new Trainer(prepared, from).train(TrainingListener.none(), () -> false);
    }

    private static void assertSameWeights(TrainedModel expected, TrainedModel actual, String what) {
        float[] e = expected.params().toFloatVector();
        float[] a = actual.params().toFloatVector();
        assertEquals(e.length, a.length);
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], 1e-5, what + ": weight " + i);
        }
    }

    @Test
    void twoEpochsContinuedForTwoAreFourEpochsInOneRun() {
        for (Formulation formulation : Formulation.values()) {
            ModelConfig four = ModelConfig.builder().formulation(formulation).epochs(4).batchSize(4).dropout(0)
                    .learningRate(0.02).split(SplitMethod.NONE).build();
            ModelConfig two = four.toBuilder().epochs(2).build();
            TrainedModel whole = train(four, null).model();
            TrainingOutcome first = train(two, null);
            TrainingOutcome second = train(two, first.continuation());

            assertSameWeights(whole, second.model(), formulation.toString());
            List<EpochMetrics> history = second.model().history();
            assertEquals(List.of(1, 2, 3, 4), history.stream().map(EpochMetrics::epoch).toList());
            for (int i = 0; i < 4; i++) {
                assertEquals(whole.history().get(i).trainLoss(), history.get(i).trainLoss(), 1e-5,
                        formulation + " epoch " + (i + 1));
            }
            assertEquals(4, history.get(3).epochs());
        }
    }

    @Test
    void aSavedBundleContinuesAsTheRunItCameFrom(@TempDir Path dir) throws Exception {
        for (Formulation formulation : Formulation.values()) {
            ModelConfig four = ModelConfig.builder().formulation(formulation).epochs(4).batchSize(4).dropout(0)
                    .learningRate(0.02).split(SplitMethod.NONE).build();
            ModelConfig two = four.toBuilder().epochs(2).build();
            TrainingOutcome first = train(two, null);
            Path file = dir.resolve(formulation + ".seqlab");
            ModelBundle.save(first.model(), first.optimizer(), file);

            Continuation loaded = ModelBundle.loadContinuation(file);
            assertEquals(2, loaded.epochs());
            assertEquals(first.optimizer().iterations(), loaded.state().iterations());
            assertEquals(0.02, loaded.state().learningRate(), 1e-12);
            assertTrue(ModelBundle.optimizerNote(loaded).contains("saved in the model file"));
            TrainedModel continued = train(two, loaded).model();
            assertSameWeights(train(four, null).model(), continued, formulation + " from a bundle");
            assertEquals(List.of(1, 2, 3, 4), continued.history().stream().map(EpochMetrics::epoch).toList());
        }
    }

    @Test
    void aBundleWithoutOptimizerStateContinuesWithAFreshOne(@TempDir Path dir) throws Exception {
        ModelConfig two = ModelConfig.builder().epochs(2).split(SplitMethod.NONE).build();
        TrainingOutcome first = train(two, null);
        Path file = dir.resolve("old.seqlab");
        ModelBundle.save(first.model(), file);
        Continuation loaded = ModelBundle.loadContinuation(file);
        assertEquals(null, loaded.state());
        assertTrue(ModelBundle.optimizerNote(loaded).contains("fresh optimizer"), ModelBundle.optimizerNote(loaded));
        assertEquals(List.of(1, 2, 3), train(two.toBuilder().epochs(1).build(), loaded).model().history().stream()
                .map(EpochMetrics::epoch).toList());
    }

    @Test
    void withoutTheOptimizerStateTheWeightsDiffer() {
        ModelConfig four = ModelConfig.builder().epochs(4).batchSize(4).learningRate(0.02)
                .split(SplitMethod.NONE).build();
        ModelConfig two = four.toBuilder().epochs(2).build();
        TrainedModel whole = train(four, null).model();
        TrainingOutcome first = train(two, null);
        TrainedModel fresh = train(two, Continuation.of(first.model(), null)).model();
        float[] e = whole.params().toFloatVector();
        float[] a = fresh.params().toFloatVector();
        double maxDiff = 0;
        for (int i = 0; i < e.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(e[i] - a[i]));
        }
        assertTrue(maxDiff > 1e-4, "a fresh Adam restarts its bias correction: " + maxDiff);
        assertEquals(4, fresh.history().size());
    }

    @Test
    void theOutcomeCarriesTheOptimizerState() {
        TrainingOutcome o = train(ModelConfig.builder().epochs(1).batchSize(4).split(SplitMethod.NONE).build(), null);
        OptimizerState state = o.optimizer();
        assertNotNull(state.updater());
        assertNotNull(state.head());
        assertTrue(state.iterations() > 0);
        assertEquals(1, o.continuation().epochs());
    }

    @Test
    void aModelContinuesOnlyOnDataWithItsItems() {
        ModelConfig config = ModelConfig.builder().epochs(1).split(SplitMethod.NONE).build();
        TrainingOutcome o = train(config, null);
        SequenceData other = SequenceData.of("other", List.of(List.of("a", "b", "c"), List.of("b", "c")));
        PreparedData prepared = PreparedData.prepare(other, ItemLabels.none(), config, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(prepared, o.continuation()));
        assertTrue(e.getMessage().contains("only in the model: 1, 2, 3, 4, 5") && e.getMessage().contains("with its items"), e.getMessage());
    }
}
