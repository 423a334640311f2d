package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import seqlab.ToyData;
import seqlab.ZipEntries;
import seqlab.data.DataException;
import seqlab.data.ItemLabels;

/** Damaged and inconsistent model files give one clear line naming the file, the entry and the problem. */
class ModelBundleValidationTest {

    private static TrainedModel model;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path saved;

    @BeforeAll
    static void train() throws IOException {
        PreparedData prepared = PreparedData.prepare(ToyData.sequences(), ItemLabels.none(),
                ModelConfig.builder().embeddingDim(4).units(4).epochs(1).build(), null);
        model = new Trainer(prepared).train(TrainingListener.none(), () -> false).model();
        saved = shared.resolve("m.zip");
        ModelBundle.save(model, saved);
    }

    private String refused(Path file) {
        DataException e = assertThrows(DataException.class, () -> ModelBundle.load(file, "m.zip"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    private Path edited(java.util.function.UnaryOperator<ObjectNode> edit) throws IOException {
        return ZipEntries.editJson(saved, dir.resolve("edited.zip"), "seqlab.json", edit);
    }

    /** Drops the last item from the tokens, the counts and the transitions, consistently. */
    private static ObjectNode withoutLastItem(ObjectNode doc) {
        int last = doc.withArray("tokens").size() - 1;
        doc.withArray("tokens").remove(last);
        doc.withArray("popularity").remove(last);
        ArrayNode succ = doc.withArray("successors");
        ArrayNode counts = doc.withArray("successorCounts");
        succ.remove(last);
        counts.remove(last);
        for (int i = 0; i < succ.size(); i++) {
            ArrayNode s = (ArrayNode) succ.get(i);
            ArrayNode c = (ArrayNode) counts.get(i);
            for (int k = s.size() - 1; k >= 0; k--) {
                if (s.get(k).asInt() == last) {
                    s.remove(k);
                    c.remove(k);
                }
            }
        }
        return doc;
    }

    /** Adds an item nothing ever followed. */
    private static ObjectNode withOneMoreItem(ObjectNode doc) {
        doc.withArray("tokens").add("99");
        doc.withArray("popularity").add(0);
        doc.withArray("successors").addArray();
        doc.withArray("successorCounts").addArray();
        return doc;
    }

    @Test
    void aSavedModelComesBackKnowingItsTrainingSequences() {
        TrainedModel loaded = ModelBundle.load(saved);
        assertNotNull(loaded.trainingSequences());
        assertEquals(4, loaded.trainingSequences().size());
        assertTrue(loaded.trainingSequences().contains(List.of("1", "2", "4", "5")));
        assertArrayEquals(model.trainingSequences().toBytes(), loaded.trainingSequences().toBytes());
    }

    @Test
    void anOldBundleWithoutTrainingSequencesStillLoadsAndPredicts() throws IOException {
        Map<String, byte[]> entries = ZipEntries.read(saved);
        entries.remove("training-sequences.bin");
        ObjectNode doc = (ObjectNode) ZipEntries.JSON.readTree(entries.get("seqlab.json"));
        doc.remove("trainingSequences");
        entries.put("seqlab.json", ZipEntries.JSON.writeValueAsBytes(doc));
        TrainedModel old = ModelBundle.load(ZipEntries.write(dir.resolve("old.zip"), entries));
        assertNull(old.trainingSequences());
        assertEquals(model.predict("1 2", 0).items(), old.predict("1 2", 0).items());
    }

    @Test
    void missingTrainingSequencesThatTheDescriptionPromisesAreNamed() throws IOException {
        Map<String, byte[]> entries = ZipEntries.read(saved);
        entries.remove("training-sequences.bin");
        assertEquals("m.zip: training-sequences.bin: missing (seqlab.json says the model trained on 4 sequences)",
                refused(ZipEntries.write(dir.resolve("x.zip"), entries)));
    }

    @Test
    void aMissingConfigIsNamed() throws IOException {
        assertEquals("m.zip: seqlab.json: 'config' is missing", refused(edited(d -> d.putNull("config"))));
    }

    @Test
    void impossibleSettingsInTheConfigAreNamed() throws IOException {
        String m = refused(edited(d -> {
            ((ObjectNode) d.get("config")).put("units", -5);
            return d;
        }));
        assertTrue(m.startsWith("m.zip: seqlab.json: impossible setting 'units' in 'config': "), m);
    }

    @Test
    void fewerItemsThanTheNetworkPredictsAreNamed() throws IOException {
        assertEquals("m.zip: network.zip: the network predicts 5 items but the model lists 4 (seqlab.json and"
                + " network.zip do not belong together)", refused(edited(ModelBundleValidationTest::withoutLastItem)));
    }

    @Test
    void moreItemsThanTheNetworkPredictsAreNamed() throws IOException {
        assertEquals("m.zip: network.zip: the network predicts 5 items but the model lists 6 (seqlab.json and"
                + " network.zip do not belong together)", refused(edited(ModelBundleValidationTest::withOneMoreItem)));
    }

    @Test
    void aTokenListThatDoesNotMatchTheCountsIsNamed() throws IOException {
        String m = refused(edited(d -> {
            d.withArray("tokens").remove(0);
            return d;
        }));
        assertEquals("m.zip: seqlab.json: 'popularity' has 5 counts for 4 items", m);
    }

    @Test
    void aTransitionToAnItemThatDoesNotExistIsNamed() throws IOException {
        String m = refused(edited(d -> {
            ((ArrayNode) d.withArray("successors").get(0)).set(0, 17);
            return d;
        }));
        assertTrue(m.startsWith("m.zip: seqlab.json: row 0 of 'successors' names item 17 (there are 5)"), m);
    }

    @Test
    void missingEntriesAndWrongTypesAreNamed() throws IOException {
        assertEquals("m.zip: seqlab.json: 'popularity' is missing", refused(edited(d -> {
            d.remove("popularity");
            return d;
        })));
        String m = refused(edited(d -> d.put("tokens", 5)));
        assertTrue(m.startsWith("m.zip: seqlab.json: 'tokens' has the wrong type or value ("), m);
        Map<String, byte[]> entries = ZipEntries.read(saved);
        entries.remove("network.zip");
        assertEquals("m.zip: not a SeqLab model file (expected a zip holding seqlab.json and network.zip)",
                refused(ZipEntries.write(dir.resolve("x.zip"), entries)));
    }

    @Test
    void aTruncatedDescriptionGivesOneLine() throws IOException {
        Map<String, byte[]> entries = ZipEntries.read(saved);
        byte[] json = entries.get("seqlab.json");
        entries.put("seqlab.json", java.util.Arrays.copyOf(json, json.length / 2));
        String m = refused(ZipEntries.write(dir.resolve("x.zip"), entries));
        assertTrue(m.startsWith("m.zip: seqlab.json: the description is cut off"), m);
    }

    @Test
    void aNetworkEntryBeyondWhatTheSettingsNeedIsRefusedUnread() throws IOException {
        Map<String, byte[]> entries = ZipEntries.read(saved);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        ZipEntries.bomb(bomb, "coefficients.bin", 64L << 20);
        Path file = ZipEntries.write(dir.resolve("x.zip"), Map.of("seqlab.json", entries.get("seqlab.json"),
                "network.zip", new byte[40 << 20]));
        String m = refused(file);
        assertTrue(m.startsWith("m.zip: network.zip: expands to more than 2.0 MB, more than the network these settings"
                + " describe ("), m);
        entries.put("network.zip", bomb.toByteArray());
        m = refused(ZipEntries.write(dir.resolve("y.zip"), entries));
        assertTrue(m.startsWith("m.zip: network.zip: coefficients.bin: expands to more than "), m);
    }

    @Test
    void coefficientsOfAnotherSizeAreRefused() throws IOException {
        Map<String, byte[]> entries = ZipEntries.read(saved);
        Map<String, byte[]> inner = readInner(entries.get("network.zip"));
        byte[] coefficients = inner.get("coefficients.bin");
        inner.put("coefficients.bin", java.util.Arrays.copyOf(coefficients, coefficients.length - 4));
        entries.put("network.zip", writeInner(inner));
        String m = refused(ZipEntries.write(dir.resolve("x.zip"), entries));
        assertTrue(m.startsWith("m.zip: network.zip: coefficients.bin is damaged (says "), m);
    }

    private Map<String, byte[]> readInner(byte[] zip) throws IOException {
        return ZipEntries.read(java.nio.file.Files.write(dir.resolve("inner.zip"), zip));
    }

    private byte[] writeInner(Map<String, byte[]> entries) throws IOException {
        return java.nio.file.Files.readAllBytes(ZipEntries.write(dir.resolve("inner2.zip"), entries));
    }
}
