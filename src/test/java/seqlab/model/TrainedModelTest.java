package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import seqlab.ToyData;
import seqlab.ZipEntries;
import seqlab.data.DataException;
import seqlab.data.ItemLabels;

class TrainedModelTest {

    private static TrainedModel model;
    /** Leaves seen items out (auto on the toy data, which never repeats an item); max length 2. */
    private static TrainedModel unseen;

    @BeforeAll
    static void train() {
        ItemLabels labels = new ItemLabels(java.util.Map.of("1", "Parkay stick", "2", "Blue Bonnet stick"), List.of());
        PreparedData prepared = PreparedData.prepare(ToyData.sequences(), labels,
                ModelConfig.builder().epochs(5).seenItems(SeenItems.RANK).build(), null);
        model = new Trainer(prepared).train(TrainingListener.none(), () -> false).model();
        PreparedData auto = PreparedData.prepare(ToyData.sequences(), labels,
                ModelConfig.builder().epochs(5).maxLength(2).seenItems(SeenItems.AUTO).build(), null);
        unseen = new Trainer(auto).train(TrainingListener.none(), () -> false).model();
    }

    /** The same network and data with the other seen-items rule. */
    private static TrainedModel withRule(TrainedModel m, boolean excludesSeen) {
        return new TrainedModel(m.network(), m.config(), m.vocabulary(), m.labels(), m.popularity(), m.markov(),
                m.history(), m.test(), m.trainedOn(), excludesSeen);
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
    void theRuleResolvedForTheRunIsTheModels() {
        assertFalse(model.excludesSeen());
        assertTrue(unseen.excludesSeen());
        assertEquals(SeenItems.EXCLUDE, unseen.config().seenItems());
        assertFalse(model.predict("1 2", 0).excludesSeen());
        assertEquals(List.of(), model.predict("1 2", 0).excluded());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TrainedModel(
                model.network(), model.config().toBuilder().seenItems(SeenItems.AUTO).build(), model.vocabulary(),
                model.labels(), model.popularity(), model.markov(), model.history(), model.test(), model.trainedOn()));
        assertTrue(e.getMessage().contains("resolved"), e.getMessage());
    }

    @Test
    void predictionLeavesOutEveryTypedItemAlsoBeyondMaxLength() {
        // max length 2: the network sees 1 2, but 5, typed before them, is not recommended either
        Prediction p = unseen.predict("5 1 2", 0);
        assertTrue(p.excludesSeen());
        assertEquals(1, p.truncated());
        assertEquals(List.of("1", "2"), p.used());
        assertEquals(List.of("5", "1", "2"), p.excluded());
        assertEquals(List.of("3", "4"), p.items().stream().map(ScoredItem::item).sorted().toList());
        assertEquals(List.of(1, 2), p.items().stream().map(ScoredItem::rank).toList());
        // the items left keep the model's probabilities and order
        Prediction all = withRule(unseen, false).predict("5 1 2", 0);
        assertEquals(5, all.items().size());
        assertFalse(all.excludesSeen());
        List<ScoredItem> unseenOfAll = all.items().stream().filter(i -> !p.excluded().contains(i.item())).toList();
        assertEquals(unseenOfAll.stream().map(ScoredItem::item).toList(),
                p.items().stream().map(ScoredItem::item).toList());
        assertEquals(unseenOfAll.stream().map(ScoredItem::probability).toList(),
                p.items().stream().map(ScoredItem::probability).toList());
        // repeated and labelled items are left out once; unknown ones are only reported
        Prediction repeated = unseen.predict("parkay stick; 2; 1; banana", 1);
        assertEquals(List.of("1", "2"), repeated.excluded());
        assertEquals(List.of("banana"), repeated.unknown());
        assertEquals(1, repeated.items().size());
        assertFalse(List.of("1", "2").contains(repeated.items().get(0).item()));
    }

    @Test
    void aSavedModelKeepsItsRule(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("unseen.seqlab");
        ModelBundle.save(unseen, file);
        TrainedModel loaded = ModelBundle.load(file);
        assertTrue(loaded.excludesSeen());
        assertEquals(unseen.predict("4 2", 0).items(), loaded.predict("4 2", 0).items());
        assertEquals(3, loaded.predict("4 2", 0).items().size());
        ModelBundle.save(model, file);
        assertFalse(ModelBundle.load(file).excludesSeen());
    }

    @Test
    void aBundleWrittenBeforeTheRuleExistedLoadsAsRankingEveryItem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("old.seqlab");
        ModelBundle.save(unseen, file);
        rewriteDocument(file, doc -> {
            assertTrue(doc.get("excludesSeen").asBoolean(), doc::toString);
            doc.remove("excludesSeen");
        });
        TrainedModel old = ModelBundle.load(file);
        // its config says exclude, but nothing excluded them when it was evaluated
        assertEquals(SeenItems.EXCLUDE, old.config().seenItems());
        assertFalse(old.excludesSeen());
        assertEquals(5, old.predict("4 2", 0).items().size());
    }

    private static void rewriteDocument(Path bundle, java.util.function.Consumer<ObjectNode> edit) throws IOException {
        ZipEntries.editJson(bundle, bundle, "seqlab.json", doc -> {
            edit.accept(doc);
            return doc;
        });
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
