package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import seqlab.ToyData;
import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.data.SyntheticSequences;

/** Dropout, weight decay, the learning-rate schedule and early stopping, end to end through the trainer. */
class RegularisedTrainingTest {

    /** Small enough to overfit within a few epochs at a high learning rate. */
    private static final SequenceData SMALL = SyntheticSequences.generate(80, 40, 8, 3);
    private static final ModelConfig OVERFITTING = ModelConfig.builder().units(32).embeddingDim(16).epochs(12)
            .learningRate(0.05).batchSize(8).monitor(Monitor.VAL_LOSS).schedule(LearningRateSchedule.CONSTANT)
            .patience(0).validationFraction(0.2).testFraction(0.1).build();
    private static final int[] PREFIX = {0, 3, 5};

    private static TrainingOutcome train(SequenceData data, ModelConfig config) {
        PreparedData prepared = PreparedData.prepare(data, ItemLabels.none(), config, null);
        return new Trainer(prepared).train(TrainingListener.none(), () -> false);
    }

    @Test
    void theBestEpochsWeightsAreKeptAndEqualARunThatEndedAtThatEpoch(@TempDir Path dir) throws IOException {
        TrainingOutcome full = train(SMALL, OVERFITTING);
        List<EpochMetrics> h = full.model().history();
        int best = full.bestEpoch();
        assertEquals(12, h.size());
        assertTrue(best < h.size(), "validation loss should rise before the last epoch here: best " + best);
        double bestLoss = h.stream().mapToDouble(EpochMetrics::validationLoss).min().orElseThrow();
        assertEquals(bestLoss, h.get(best - 1).validationLoss());
        assertTrue(h.get(best - 1).improved());

        TrainingOutcome upToBest = train(SMALL, OVERFITTING.toBuilder().epochs(best).build());
        Path bundle = dir.resolve("best.seqlab");
        ModelBundle.save(upToBest.model(), bundle);
        float[] expected = ModelProbes.fastPath(ModelBundle.load(bundle), PREFIX);
        assertArrayEquals(expected, ModelProbes.fastPath(full.model(), PREFIX), 1e-6f);
        assertEquals(full.model().test().get("lstm").values(), upToBest.model().test().get("lstm").values());
        assertTrue(full.note().startsWith("kept epoch " + best), full.note());
    }

    @Test
    void stopInTheMiddleOfAnEpochKeepsTheBestCompletedEpoch() {
        int[] batchesPerEpoch = {0};
        int[] polls = {0};
        PreparedData prepared = PreparedData.prepare(SMALL, ItemLabels.none(), OVERFITTING, null);
        TrainingOutcome stopped = new Trainer(prepared).train(new TrainingListener() {
            @Override
            public void onStart(TrainingPlan plan) {
                batchesPerEpoch[0] = plan.batchesPerEpoch();
            }

            @Override
            public void onEpochEnd(EpochMetrics metrics) {
            }
        }, () -> ++polls[0] > 2 * batchesPerEpoch[0] + 2);
        assertTrue(stopped.stopped());
        assertEquals(2, stopped.model().history().size());
        int best = stopped.bestEpoch();
        assertTrue(stopped.note().startsWith("stopped during epoch 3; kept epoch " + best), stopped.note());
        TrainingOutcome upToBest = train(SMALL, OVERFITTING.toBuilder().epochs(best).build());
        assertArrayEquals(ModelProbes.fastPath(upToBest.model(), PREFIX), ModelProbes.fastPath(stopped.model(), PREFIX), 1e-6f);
    }

    @Test
    void patienceEndsTrainingAfterThatManyEpochsWithoutImprovement() {
        TrainingOutcome o = train(SMALL, OVERFITTING.toBuilder().patience(2).build());
        List<EpochMetrics> h = o.model().history();
        assertTrue(o.stoppedEarly(), o.note());
        assertEquals(o.bestEpoch() + 2, h.size());
        assertFalse(h.get(h.size() - 1).improved());
        assertFalse(h.get(h.size() - 2).improved());
        assertTrue(o.note().startsWith("stopped early after epoch " + h.size()), o.note());
    }

    @Test
    void withoutValidationDataTheLastEpochIsKept() {
        TrainingOutcome o = train(ToyData.sequences(), ModelConfig.builder().epochs(3).patience(1).build());
        assertEquals(3, o.model().history().size());
        assertEquals(3, o.bestEpoch());
        assertFalse(o.stoppedEarly());
        assertTrue(o.model().history().stream().noneMatch(EpochMetrics::improved));
        assertEquals("kept the last epoch (3)", o.note());
    }

    @Test
    void dropoutChangesTrainingButNotPrediction() {
        ModelConfig base = ModelConfig.builder().epochs(2).split(seqlab.eval.SplitMethod.NONE).build();
        TrainedModel plain = train(SMALL, base).model();
        TrainedModel dropped = train(SMALL, base.toBuilder().dropout(0.5).build()).model();
        assertFalse(java.util.Arrays.equals(ModelProbes.fastPath(plain, PREFIX), ModelProbes.fastPath(dropped, PREFIX)),
                "dropout must change what is learned");
        assertArrayEquals(ModelProbes.fastPath(dropped, PREFIX), ModelProbes.fastPath(dropped, PREFIX));
        float[] network = ModelProbes.network(dropped, PREFIX);
        float[] fast = ModelProbes.fastPath(dropped, PREFIX);
        for (int i = 0; i < network.length; i++) {
            assertEquals(network[i], fast[i], 1e-5, "class " + i + ": the network must not drop out at prediction");
        }
    }

    @Test
    void dropoutAlsoAppliesToTheNotebookFormulation() {
        ModelConfig base = ModelConfig.builder().epochs(1).formulation(Formulation.PREFIXES)
                .split(seqlab.eval.SplitMethod.NONE).build();
        TrainedModel plain = train(SMALL, base).model();
        TrainedModel dropped = train(SMALL, base.toBuilder().dropout(0.5).build()).model();
        assertFalse(java.util.Arrays.equals(ModelProbes.fastPath(plain, PREFIX), ModelProbes.fastPath(dropped, PREFIX)));
        float[] network = ModelProbes.network(dropped, PREFIX);
        float[] fast = ModelProbes.fastPath(dropped, PREFIX);
        for (int i = 0; i < network.length; i++) {
            assertEquals(network[i], fast[i], 1e-5);
        }
    }

    @Test
    void weightDecayShrinksTheWeights() {
        ModelConfig base = ModelConfig.builder().epochs(2).split(seqlab.eval.SplitMethod.NONE).build();
        double plain = train(SMALL, base).model().network().params().norm2Number().doubleValue();
        double decayed = train(SMALL, base.toBuilder().weightDecay(0.5).build()).model().network().params()
                .norm2Number().doubleValue();
        assertTrue(decayed < 0.9 * plain, "norm with decay " + decayed + ", without " + plain);
    }

    @Test
    void eachEpochRecordsTheLearningRateOfItsSchedule() {
        ModelConfig cosine = ModelConfig.builder().epochs(3).learningRate(0.02).schedule(LearningRateSchedule.COSINE)
                .split(seqlab.eval.SplitMethod.NONE).build();
        List<EpochMetrics> h = train(ToyData.sequences(), cosine).model().history();
        assertEquals(0.02, h.get(0).learningRate(), 1e-12);
        assertEquals(0.02 * (LearningRates.FLOOR + (1 - LearningRates.FLOOR) * 0.5), h.get(1).learningRate(), 1e-12);
        assertEquals(0.02 * LearningRates.FLOOR, h.get(2).learningRate(), 1e-12);
    }
}
