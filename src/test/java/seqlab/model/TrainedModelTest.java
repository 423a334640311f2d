package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import seqlab.data.DataException;
import seqlab.data.ItemLabels;

class TrainedModelTest {

    private static TrainedModel model;

    @BeforeAll
    static void train() {
        ItemLabels labels = new ItemLabels(java.util.Map.of("1", "Parkay stick", "2", "Blue Bonnet stick"), List.of());
        TrainingSession session = TrainingSession.prepare(ToyData.sequences(), labels,
                ModelConfig.builder().epochs(5).build(), null);
        model = new Trainer(session).train(TrainingListener.none(), () -> false).model();
    }

    @Test
    void predictionListsEveryItemOnceWithProbabilitiesSummingToOne() {
        Prediction p = model.predict("1 2", 0);
        assertEquals(5, p.items().size());
        assertEquals(1.0, p.items().stream().mapToDouble(ScoredItem::probability).sum(), 1e-4);
        for (int i = 1; i < p.items().size(); i++) {
            assertTrue(p.items().get(i - 1).probability() >= p.items().get(i).probability());
        }
        assertEquals(List.of(1, 2, 3, 4, 5), p.items().stream().map(ScoredItem::rank).toList());
    }

    @Test
    void topKIsTheHeadOfTheFullRanking() {
        assertEquals(model.predict("4 2", 0).items().subList(0, 3), model.predict("4 2", 3).items());
    }

    @Test
    void unknownTokensAreReportedNotSilentlyDropped() {
        Prediction p = model.predict("1 banana 2", 3);
        assertEquals(List.of("banana"), p.unknown());
        assertEquals(List.of("1", "2"), p.used());
        assertEquals(model.predict("1 2", 3).items(), p.items());
    }

    @Test
    void labelsCanBeTypedInsteadOfIds() {
        Prediction byLabel = model.predict("parkay stick; Blue Bonnet stick", 3);
        assertEquals(List.of("1", "2"), byLabel.used());
        assertEquals(model.predict("1 2", 3).items(), byLabel.items());
        assertEquals("Parkay stick", model.predict("4", 0).items().stream()
                .filter(i -> i.item().equals("1")).findFirst().orElseThrow().label());
    }

    @Test
    void aPrefixLongerThanMaxLengthKeepsItsMostRecentItems() {
        String longPrefix = "4 " + "1 2 ".repeat(10) + "1 2";
        Prediction p = model.predict(longPrefix, 0);
        assertEquals(3, p.truncated());
        assertEquals(20, p.used().size());
    }

    @Test
    void saveLoadPredictGivesIdenticalProbabilities(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("toy.seqlab");
        ModelBundle.save(model, file);
        TrainedModel loaded = ModelBundle.load(file);
        for (String prefix : List.of("1", "1 2", "4 2 5", "2 2 2 2")) {
            double[] a = model.predict(prefix, 0).items().stream().mapToDouble(ScoredItem::probability).toArray();
            double[] b = loaded.predict(prefix, 0).items().stream().mapToDouble(ScoredItem::probability).toArray();
            assertArrayEquals(a, b, 0.0, prefix);
            assertEquals(model.predict(prefix, 0).items(), loaded.predict(prefix, 0).items());
        }
        assertEquals(model.config(), loaded.config());
        assertEquals(model.history(), loaded.history());
        assertEquals(model.vocabulary().tokens(), loaded.vocabulary().tokens());
        assertEquals(model.trainedOn(), loaded.trainedOn());
        assertArrayEquals(model.popularity().counts(), loaded.popularity().counts());
    }

    @Test
    void loadingSomethingElseSaysWhatIsWrong(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "1 2 3\n");
        DataException e = assertThrows(DataException.class, () -> ModelBundle.load(text));
        assertTrue(e.getMessage().startsWith(text + ": not a SeqLab model file"), e.getMessage());
        Path missing = dir.resolve("gone.seqlab");
        e = assertThrows(DataException.class, () -> ModelBundle.load(missing));
        assertEquals(missing + ": file not found", e.getMessage());
    }

    @Test
    void aFailedSaveLeavesTheExistingFileAlone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.seqlab");
        ModelBundle.save(model, file);
        byte[] before = Files.readAllBytes(file);
        Path blocked = dir.resolve("sub");
        Files.writeString(blocked, "a file where a folder is needed");
        assertThrows(IOException.class, () -> ModelBundle.save(model, blocked.resolve("x.seqlab")));
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
