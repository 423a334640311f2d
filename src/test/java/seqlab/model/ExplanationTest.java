package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import seqlab.ToyData;
import seqlab.ZipEntries;
import seqlab.data.ItemLabels;
import seqlab.eval.MarkovBaseline;

class ExplanationTest {

    private static TrainedModel ranked;
    private static TrainedModel unseen;

    @BeforeAll
    static void train() {
        ItemLabels labels = new ItemLabels(Map.of("1", "Parkay stick"), List.of());
        ranked = new Trainer(PreparedData.prepare(ToyData.sequences(), labels,
                ModelConfig.builder().epochs(3).seenItems(SeenItems.RANK).build(), null))
                .train(TrainingListener.none(), () -> false).model();
        unseen = new Trainer(PreparedData.prepare(ToyData.sequences(), labels,
                ModelConfig.builder().epochs(3).maxLength(2).seenItems(SeenItems.EXCLUDE).build(), null))
                .train(TrainingListener.none(), () -> false).model();
    }

    @Test
    void everyStepIsPredictOfTheGrowingPrefixAndTheLastIsPredictOfTheWholeOne() {
        for (TrainedModel m : List.of(ranked, unseen)) {
            Explanation e = Explanation.of(m, "1 9 2 4", 3);
            assertEquals(List.of("1", "2", "4"), e.steps().stream().map(Explanation.Step::item).toList());
            assertEquals(List.of("9"), e.unknown());
            assertEquals(m.predict("1", 3).items(), e.steps().get(0).prediction().items());
            assertEquals(m.predict("1 2", 3).items(), e.steps().get(1).prediction().items());
            Prediction whole = m.predict("1 9 2 4", 3);
            assertEquals(whole.items(), e.last().prediction().items());
            assertEquals(whole.truncated(), e.truncated());
        }
        assertEquals(1, Explanation.of(unseen, "1 2 4", 3).truncated(), "max length 2 leaves the oldest out");
    }

    @Test
    void everyItemsRankAtEveryStepIsTheOneTheFullRankingGivesThoughOnlyTheTopOneIsRanked() {
        for (TrainedModel m : List.of(ranked, unseen)) {
            List<String> prefixes = List.of("1", "1 2", "1 2 4");
            Explanation e = Explanation.of(m, "1 2 4", 1);
            for (int n = 1; n <= e.steps().size(); n++) {
                Explanation.Step step = e.steps().get(n - 1);
                assertEquals(1, step.prediction().items().size());
                List<ScoredItem> all = m.predict(prefixes.get(n - 1), 0).items();
                for (ScoredItem expected : all) {
                    assertEquals(expected, step.ranks().of(expected.item()), "step " + n + ", item " + expected.item());
                }
                for (String excluded : step.prediction().excluded()) {
                    assertNull(step.ranks().of(excluded), "an item of the prefix is not ranked when seen items are excluded");
                }
                assertNull(step.ranks().of("no such item"));
            }
        }
        assertEquals(List.of("1", "2", "4"), Explanation.of(unseen, "1 2 4", 1).last().prediction().excluded().stream()
                .sorted().toList(), "the excluded model leaves the prefix's items out");
    }

    @Test
    void goingOnFromAPreviousTraceGivesTheSameStepsAsComputingAll() {
        for (TrainedModel m : List.of(ranked, unseen)) {
            Explanation before = Explanation.of(m, "1 2", 5);
            for (String text : List.of("1 2 4", "1 2 4 5", "1 3", "2", "1 2", "Parkay stick 2 4", "1 9 2 4")) {
                Explanation reused = Explanation.of(m, text, 5, before);
                Explanation whole = Explanation.of(m, text, 5);
                assertEquals(whole.steps().size(), reused.steps().size(), text);
                for (int i = 0; i < whole.steps().size(); i++) {
                    Explanation.Step w = whole.steps().get(i);
                    Explanation.Step r = reused.steps().get(i);
                    assertEquals(w.item(), r.item(), text);
                    assertEquals(w.prediction(), r.prediction(), text + ", step " + (i + 1));
                    assertEquals(w.evidence(), r.evidence(), text + ", step " + (i + 1));
                    assertArrayEquals(w.state().hidden(), r.state().hidden(), 0f, text + ", step " + (i + 1));
                    assertArrayEquals(w.state().cell(), r.state().cell(), 0f, text + ", step " + (i + 1));
                }
                assertEquals(whole.truncated(), reused.truncated(), text);
                assertEquals(whole.gaps(), reused.gaps(), text);
                assertEquals(whole.reading(), reused.reading(), text);
            }
        }
        Explanation two = Explanation.of(ranked, "1 2", 5);
        assertSame(two.steps().get(1), Explanation.of(ranked, "1 2 4", 5, two).steps().get(1), "reused, not recomputed");
    }

    @Test
    void theLastStepHasPredictsProbabilitiesForAllItems() {
        Explanation e = Explanation.of(ranked, "Parkay stick 2", 0);
        List<ScoredItem> expected = ranked.predict("1 2", 0).items();
        assertEquals(5, expected.size());
        for (int r = 0; r < expected.size(); r++) {
            assertEquals(expected.get(r).item(), e.last().prediction().items().get(r).item());
            assertEquals(expected.get(r).probability(), e.last().prediction().items().get(r).probability(), 0.0);
        }
    }

    @Test
    void lastItemEvidenceIsWhatFollowedItInTheToyData() {
        Explanation e = Explanation.of(ranked, "1 2 5", 5);
        // toy.txt: 1 2 3 / 4 2 5 / 1 2 / 1 2 4 5
        assertEquals(Map.of("2", 3), e.steps().get(0).evidence().last1());
        assertEquals(Map.of("3", 1, "4", 1, "5", 1), e.steps().get(1).evidence().last1());
        assertEquals(List.of("3", "4", "5"), List.copyOf(e.steps().get(1).evidence().last1().keySet()),
                "ties in vocabulary order");
        assertTrue(e.steps().get(2).evidence().last1().isEmpty(), "5 always came last");
        assertEquals(Map.of("3", 1, "4", 1), e.steps().get(1).evidence().prefix(), "1 2 began three sequences");
        assertEquals(3, e.steps().get(1).evidence().beginning());
        assertEquals(Map.of("3", 1, "4", 1), e.steps().get(1).evidence().last2());
        assertEquals(Map.of(), e.steps().get(2).evidence().last2(), "nothing followed 2 5");
        assertEquals(Map.of(), e.steps().get(2).evidence().prefix(), "no sequence began with 1 2 5");
        assertNull(e.steps().get(0).evidence().last2(), "one item has no pair");
        assertTrue(e.notes().isEmpty(), e.notes().toString());
    }

    @Test
    void aModelWithoutStoredCountsSaysSoInsteadOfFailing() {
        TrainedModel old = ranked.withFollowers(null);
        Explanation e = Explanation.of(old, "1 2", 5);
        assertNull(e.last().evidence().prefix());
        assertNull(e.last().evidence().last2());
        assertEquals(List.of(Explanation.NOT_STORED), e.notes());
        assertTrue(e.reading().contains("not stored in this model"), e.reading());
    }

    @Test
    void theCountsSurviveTheBundleAndAnOlderBundleWithoutThemStillLoads(@TempDir Path dir) throws IOException {
        Path saved = dir.resolve("m.zip");
        ModelBundle.save(ranked, saved);
        Explanation before = Explanation.of(ranked, "1 2 5", 5);
        Explanation after = Explanation.of(ModelBundle.load(saved), "1 2 5", 5);
        for (int s = 0; s < before.steps().size(); s++) {
            assertEquals(before.steps().get(s).evidence(), after.steps().get(s).evidence(), "step " + s);
        }
        Map<String, byte[]> entries = new LinkedHashMap<>(ZipEntries.read(saved));
        assertNotNull(entries.remove("followers.bin"), "the bundle stores the counts");
        Path old = ZipEntries.write(dir.resolve("old.zip"), entries);
        Explanation fromOld = Explanation.of(ModelBundle.load(old), "1 2 5", 5);
        assertEquals(List.of(Explanation.NOT_STORED), fromOld.notes());
        assertEquals(before.last().evidence().last1(), fromOld.last().evidence().last1());
        assertNull(fromOld.last().evidence().prefix());
    }

    @Test
    void evidenceIsOrderedByCountThenVocabulary() {
        int[][] successors = {{1, 2, 3}, {}, {}, {}, {}};
        int[][] counts = {{1, 5, 1}, {}, {}, {}, {}};
        TrainedModel m = new TrainedModel(ranked.network(), ranked.config(), ranked.vocabulary(), ranked.labels(),
                ranked.popularity(), new MarkovBaseline(ranked.popularity(), successors, counts), ranked.history(),
                ranked.test(), ranked.trainedOn(), false);
        Map<String, Integer> last1 = Explanation.of(m, "1", 5).last().evidence().last1();
        assertEquals(List.of("3", "2", "4"), List.copyOf(last1.keySet()));
        assertEquals(List.of(5, 1, 1), List.copyOf(last1.values()));
    }

    @Test
    void unknownOnlyAndEmptyPrefixesHaveNoSteps() {
        assertTrue(Explanation.of(ranked, "9 x", 5).isEmpty());
        assertEquals(List.of("9", "x"), Explanation.of(ranked, "9 x", 5).unknown());
        assertTrue(Explanation.of(ranked, "  ", 5).isEmpty());
    }
}
