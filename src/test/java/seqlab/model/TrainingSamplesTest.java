package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

import seqlab.ToyData;
import seqlab.data.SequenceData;
import seqlab.data.Vocabulary;
import seqlab.eval.SplitMethod;
import seqlab.model.TrainingSamples.CellKind;
import seqlab.model.TrainingSamples.ItemStatus;
import seqlab.model.TrainingSamples.Sample;
import seqlab.model.TrainingSamples.Step;

class TrainingSamplesTest {

    /** Longer than max length 3, so windows and prefixes both cut it. */
    private static final List<String> LONG = List.of("a", "b", "c", "d", "e", "b", "a");
    private static final List<String> OTHER = List.of("c", "a", "e", "d", "b");

    private static ModelConfig config(Formulation formulation, Padding padding) {
        return ModelConfig.builder().maxLength(3).batchSize(100).formulation(formulation).padding(padding).build();
    }

    @Test
    void windowsAreTheRowsMinibatchesMakes() {
        compareWithMinibatches(config(Formulation.WINDOWS, Padding.PRE));
    }

    @Test
    void windowsIgnorePadding() {
        ModelConfig pre = config(Formulation.WINDOWS, Padding.PRE);
        Vocabulary v = Vocabulary.build(List.of(LONG), 1);
        assertEquals(TrainingSamples.of(LONG, v, pre).samples(),
                TrainingSamples.of(LONG, v, pre.toBuilder().padding(Padding.POST).build()).samples());
    }

    @Test
    void leftPaddedPrefixesAreTheRowsMinibatchesMakes() {
        compareWithMinibatches(config(Formulation.PREFIXES, Padding.PRE));
    }

    @Test
    void rightPaddedPrefixesAreTheRowsMinibatchesMakes() {
        compareWithMinibatches(config(Formulation.PREFIXES, Padding.POST));
    }

    private void compareWithMinibatches(ModelConfig config) {
        Vocabulary vocabulary = Vocabulary.build(List.of(LONG, OTHER), 1);
        int[] ids = LONG.stream().mapToInt(vocabulary::id).toArray();
        int[] other = OTHER.stream().mapToInt(vocabulary::id).toArray();
        TrainingSamples shown = TrainingSamples.of(LONG, vocabulary, config);
        Minibatches batches = new Minibatches(List.of(ids, other), config);
        Minibatches.Batch batch = batches.batch(0);
        DataSet data = batch.data();
        int steps = (int) data.getFeatures().size(1);
        assertEquals(config.maxLength(), steps, "a full window or a prefix fixes the batch's width");
        boolean windows = config.formulation() == Formulation.WINDOWS;
        int expectedSamples = windows ? 2 : LONG.size() - 1;
        assertEquals(expectedSamples, shown.samples().size());
        assertEquals(LONG.size() - 1, shown.targets());
        int otherSamples = windows ? 2 : OTHER.size() - 1;
        assertEquals(expectedSamples + otherSamples, data.getFeatures().size(0), "the trainer's rows of both sequences");
        for (int r = 0; r < expectedSamples; r++) {
            Sample sample = shown.samples().get(r);
            assertEquals(steps, sample.steps().size());
            for (int j = 0; j < steps; j++) {
                Step step = sample.steps().get(j);
                int input = (int) data.getFeatures().getFloat(r, j);
                String where = config.formulation() + "/" + config.padding() + " sample " + r + " step " + j;
                if (windows) {
                    boolean masked = data.getFeaturesMaskArray().getFloat(r, j) == 0;
                    assertEquals(masked, step.kind() == CellKind.MASKED, where);
                    int target = batch.rowTargets()[r * steps + j];
                    assertEquals(target < 0 ? null : vocabulary.token(target + 1), step.target(), where);
                } else {
                    String label = vocabulary.token((int) data.getLabels().getFloat(r, 0) + 1);
                    assertEquals(j == steps - 1 ? label : null, step.target(), where + ": read at the last step only");
                }
                if (step.kind() == CellKind.ITEM) {
                    assertEquals(vocabulary.token(input), step.item(), where);
                } else {
                    assertEquals(0, input, where + " is padding in the batch");
                    assertNull(step.item(), where);
                }
            }
        }
    }

    @Test
    void samplesNameWhatMaxLengthCutsOff() {
        Vocabulary v = Vocabulary.build(List.of(LONG), 1);
        List<Sample> windows = TrainingSamples.of(LONG, v, config(Formulation.WINDOWS, Padding.PRE)).samples();
        assertEquals(List.of(0, 3), windows.stream().map(Sample::unseen).toList());
        assertEquals(List.of("d", "e", "b"), windows.get(1).steps().stream().map(Step::item).toList());
        assertEquals(List.of("e", "b", "a"), windows.get(1).steps().stream().map(Step::target).toList());
        List<Sample> prefixes = TrainingSamples.of(LONG, v, config(Formulation.PREFIXES, Padding.PRE)).samples();
        assertEquals(List.of(0, 0, 0, 1, 2, 3), prefixes.stream().map(Sample::unseen).toList());
        assertEquals(Arrays.asList(null, null, "a"), prefixes.get(0).steps().stream().map(Step::item).toList());
        assertEquals(List.of("d", "e", "b"), prefixes.get(5).steps().stream().map(Step::item).toList());
        assertEquals("a", prefixes.get(5).steps().get(2).target());
    }

    @Test
    void theNotebooksLastStepOfOneTwoThreeFourIsPaddingEveryTime() {
        List<String> toy = List.of("1", "2", "3", "4");
        Vocabulary v = Vocabulary.build(ToyData.sequences().sequences(), 1);
        TrainingSamples notebook = TrainingSamples.notebook(toy, v, ModelConfig.defaults());
        assertEquals(3, notebook.samples().size());
        for (Sample s : notebook.samples()) {
            assertEquals(List.of(19), s.readSteps());
            assertEquals(CellKind.PAD, s.steps().get(19).kind());
            assertTrue(s.readsPadding());
        }
        assertEquals("1", notebook.samples().get(1).steps().get(0).item());
        assertEquals("2", notebook.samples().get(1).steps().get(1).item());
        assertEquals("3", notebook.samples().get(1).steps().get(19).target());
        assertTrue(notebook.explanation().contains("padding in 3 of 3"), notebook.explanation());
        TrainingSamples left = TrainingSamples.of(toy, v, ModelConfig.defaults().toBuilder()
                .formulation(Formulation.PREFIXES).padding(Padding.PRE).build());
        assertEquals(0, left.samplesReadingPadding());
        assertEquals("2", left.samples().get(1).steps().get(19).item());
    }

    @Test
    void rareAndUnknownItemsAreFlaggedNotDroppedSilently() {
        Vocabulary withRare = Vocabulary.build(List.of(List.of("a", "a", "b")), 2);
        TrainingSamples rare = TrainingSamples.of(List.of("a", "b", "zz"), withRare, config(Formulation.WINDOWS, Padding.PRE));
        assertEquals(List.of(ItemStatus.KNOWN, ItemStatus.RARE, ItemStatus.RARE),
                rare.items().stream().map(TrainingSamples.Item::status).toList());
        assertEquals(Vocabulary.RARE_TOKEN, rare.samples().get(0).steps().get(1).item());
        assertTrue(rare.notes().get(0).contains("b zz"), rare.notes().toString());

        Vocabulary plain = Vocabulary.build(List.of(List.of("a", "b")), 1);
        TrainingSamples unknown = TrainingSamples.of(List.of("a", "zz", "b"), plain, config(Formulation.WINDOWS, Padding.PRE));
        assertEquals(ItemStatus.UNKNOWN, unknown.items().get(1).status());
        assertEquals(Arrays.asList("a", null, null), unknown.samples().get(0).steps().stream().map(Step::item).toList());
        assertTrue(unknown.notes().get(0).contains("left out: zz"), unknown.notes().toString());
    }

    @Test
    void sequencesBelowTheMinimumLengthMakeNoSample() {
        Vocabulary v = Vocabulary.build(List.of(LONG), 1);
        TrainingSamples s = TrainingSamples.of(List.of("a", "b"), v, ModelConfig.builder().minSequenceLength(3).build());
        assertTrue(s.samples().isEmpty());
        assertFalse(s.notes().isEmpty());
    }

    @Test
    void textTableShowsEveryCellAndMarksTheReadStep() {
        Vocabulary v = Vocabulary.build(ToyData.sequences().sequences(), 1);
        String text = TrainingSamples.notebook(List.of("1", "2"), v, ModelConfig.builder().maxLength(3).build()).text();
        List<String> lines = text.lines().toList();
        assertEquals("training targets prefixes, padding post, max length 3", lines.get(0));
        assertEquals(List.of("sample", "unseen", "t1", "t2", "t3"), Arrays.asList(lines.get(1).trim().split("\\s+")));
        assertEquals(List.of("1", "1", "<pad>", "[<pad>]"), Arrays.asList(lines.get(2).trim().split("\\s+")));
        assertEquals(List.of("target", "2"), Arrays.asList(lines.get(3).trim().split("\\s+")));
    }

    @Test
    void trainingPartUsesTheSessionsVocabularyAndSplit() {
        List<List<String>> many = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(List.of("x" + (i % 7), "x" + (i % 5), "x" + (i % 3), "y"));
        }
        many.add(List.of("short"));
        SequenceData data = SequenceData.of("many", many);
        ModelConfig config = ModelConfig.builder().minItemFrequency(3).build();
        PreparedData prepared = PreparedData.prepare(data, seqlab.data.ItemLabels.none(), config, null);
        TrainingPart part = TrainingPart.of(data, config);
        assertEquals(prepared.vocabulary().tokens(), part.vocabulary().tokens());
        long trained = 0;
        for (int i = 0; i < many.size(); i++) {
            if (part.use(i).note().isEmpty()) {
                trained++;
                int[] ids = many.get(i).stream().mapToInt(prepared.vocabulary()::id).toArray();
                assertTrue(prepared.train().stream().anyMatch(t -> Arrays.equals(t, ids)), "sequence " + i);
            }
        }
        assertEquals(prepared.train().size(), trained);
        assertTrue(part.use(30).note().contains("minimum sequence length"));

        TrainingPart lastOut = TrainingPart.of(data, config.toBuilder().split(SplitMethod.LEAVE_LAST_OUT).build());
        assertEquals(many.get(0).subList(0, 2), lastOut.use(0).tokens());
    }
}
