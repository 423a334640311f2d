package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import seqlab.ToyData;
import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.data.SequenceData;
import seqlab.data.SyntheticSequences;
import seqlab.eval.Evaluator;
import seqlab.eval.Scorer;

class TrainerTest {

    private static TrainedModel trainToy(ModelConfig config) {
        PreparedData prepared = PreparedData.prepare(ToyData.sequences(), ItemLabels.none(), config, null);
        return new Trainer(prepared).train(TrainingListener.none(), () -> false).model();
    }

    @Test
    void toyModelRanksTheItemsThatFollowedOneTwoFirst() {
        TrainedModel model = trainToy(ModelConfig.builder().epochs(60).learningRate(0.02).build());
        Prediction p = model.predict("1 2", 2);
        assertEquals(Set.of("3", "4"), Set.of(p.items().get(0).item(), p.items().get(1).item()), p.toString());
    }

    @Test
    void notebookFormulationWithPrePaddingAlsoRanksThreeAndFourFirst() {
        TrainedModel model = trainToy(ModelConfig.builder().formulation(Formulation.PREFIXES).epochs(60)
                .learningRate(0.02).build());
        Prediction p = model.predict("1 2", 2);
        assertEquals(Set.of("3", "4"), Set.of(p.items().get(0).item(), p.items().get(1).item()), p.toString());
    }

    @Test
    void aMinibatchOfASingleWindowWithASingleStepTrains() {
        // each of these crashed in backpropagation with an ND4JWorkspaceException
        List<ModelConfig> configs = List.of(ModelConfig.builder().epochs(2).build(),
                ModelConfig.builder().epochs(2).batchSize(1).build(),
                ModelConfig.builder().epochs(2).batchSize(1).maxLength(1).formulation(Formulation.PREFIXES).build());
        List<SequenceData> data = List.of(SequenceData.of("one", List.of(List.of("1", "2"))), ToyData.sequences(),
                ToyData.sequences());
        for (int i = 0; i < configs.size(); i++) {
            PreparedData prepared = PreparedData.prepare(data.get(i), ItemLabels.none(), configs.get(i), null);
            TrainingOutcome o = new Trainer(prepared).train(TrainingListener.none(), () -> false);
            assertEquals(2, o.model().history().size(), configs.get(i).toString());
            assertTrue(Double.isFinite(o.model().history().get(1).trainLoss()));
        }
    }

    @Test
    void fastInferenceMatchesTheNetwork() {
        for (ModelConfig config : List.of(ModelConfig.builder().epochs(3).build(),
                ModelConfig.builder().epochs(3).formulation(Formulation.PREFIXES).build(),
                ModelConfig.builder().epochs(3).formulation(Formulation.PREFIXES).padding(Padding.POST).build())) {
            TrainedModel model = trainToy(config);
            int[] prefix = {0, 1, 3};
            float[] expected = ModelProbes.network(model, prefix);
            float[] actual = ModelProbes.fastPath(model, prefix);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], 1e-5, config.formulation() + " class " + i);
            }
        }
    }

    @Test
    void batchedScoringMatchesSinglePrefixPredictionForMixedLengths() {
        for (ModelConfig config : List.of(ModelConfig.builder().epochs(2).build(),
                ModelConfig.builder().epochs(2).formulation(Formulation.PREFIXES).build())) {
            TrainedModel model = trainToy(config);
            List<int[]> prefixes = List.of(new int[]{0}, new int[]{0, 1}, new int[]{3, 1, 4}, new int[]{2},
                    new int[]{0, 1, 3, 4});
            float[] batch = model.scorer().scoreBatch(prefixes);
            int classes = model.vocabulary().size();
            assertEquals(prefixes.size() * classes, batch.length);
            for (int r = 0; r < prefixes.size(); r++) {
                float[] single = ModelProbes.fastPath(model, prefixes.get(r));
                for (int c = 0; c < classes; c++) {
                    assertEquals(single[c], batch[r * classes + c], 1e-5, config.formulation() + " row " + r);
                }
            }
        }
    }

    @Test
    void reportedTrainingLossIsTheMeanCrossEntropyPerTarget() {
        List<EpochMetrics> seen = new ArrayList<>();
        PreparedData prepared = PreparedData.prepare(ToyData.sequences(), ItemLabels.none(),
                ModelConfig.builder().epochs(1).learningRate(1e-6).build(), null);
        new Trainer(prepared).train(seen::add, () -> false);
        // 5 items, untrained network: cross-entropy close to ln 5
        assertEquals(Math.log(5), seen.get(0).trainLoss(), 0.1);
        assertEquals(8, seen.get(0).targets());
    }

    @Test
    void everyMetricOfEveryScorerFollowsTheSessionsSeenItemsRule() {
        // 15 items in sequences of about 6: many targets repeat an earlier item
        SequenceData data = SyntheticSequences.generate(150, 15, 6, 3);
        Map<SeenItems, Double> popularityHr5 = new HashMap<>();
        for (SeenItems rule : List.of(SeenItems.EXCLUDE, SeenItems.RANK)) {
            PreparedData prepared = PreparedData.prepare(data, ItemLabels.none(),
                    ModelConfig.builder().epochs(1).seenItems(rule).build(), null);
            TrainedModel model = new Trainer(prepared).train(TrainingListener.none(), () -> false).model();
            boolean exclude = rule == SeenItems.EXCLUDE;
            assertEquals(exclude, prepared.excludesSeen());
            assertEquals(exclude, model.excludesSeen());
            Evaluator evaluator = new Evaluator(Evaluator.DEFAULT_KS, prepared.excludedClass(), exclude);
            for (Scorer s : model.scorers()) {
                assertMetrics(evaluator.evaluate(s, prepared.test()).values(), model.test().get(s.name()).values(),
                        rule + " test " + s.name());
            }
            assertMetrics(evaluator.evaluate(model.scorer(), prepared.validation()).values(),
                    model.history().get(0).validation(), rule + " validation");
            popularityHr5.put(rule, model.test().get("popularity").hr(5));
        }
        assertNotEquals(popularityHr5.get(SeenItems.RANK), popularityHr5.get(SeenItems.EXCLUDE));
    }

    private static void assertMetrics(Map<String, Double> expected, Map<String, Double> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        expected.forEach((k, v) -> assertEquals(v, actual.get(k), 1e-9, what + " " + k));
    }

    @Test
    void aRunWhoseLossDivergesFiniteFinishesWithAWarningAndANormalRunWithout() {
        PreparedData prepared = PreparedData.prepare(ToyData.sequences(), ItemLabels.none(),
                ModelConfig.builder().epochs(10).learningRate(1).build(), null);
        TrainingOutcome diverged = new Trainer(prepared).train(TrainingListener.none(), () -> false);
        assertEquals(10, diverged.model().history().size());
        assertTrue(diverged.warning().startsWith("the loss diverged: "), diverged.warning());
        assertTrue(diverged.warning().contains("chance level ln(5 items) = 1.6094"), diverged.warning());
        assertTrue(diverged.warning().endsWith("lower the learning rate (it was 1.0)"), diverged.warning());
        PreparedData normal = PreparedData.prepare(ToyData.sequences(), ItemLabels.none(),
                ModelConfig.defaults(), null);
        assertEquals("", new Trainer(normal).train(TrainingListener.none(), () -> false).warning());
    }
}
