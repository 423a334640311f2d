package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import seqlab.ToyData;
import seqlab.ZipEntries;
import seqlab.data.DataException;
import seqlab.data.ItemLabels;

/** A model written to a stream reads back from it as from a file; a damaged stream gives one clear line. */
class ModelBundleStreamTest {

    private static TrainedModel model;
    private static byte[] written;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() throws IOException {
        PreparedData prepared = PreparedData.prepare(ToyData.sequences(), ItemLabels.none(),
                ModelConfig.builder().embeddingDim(4).units(4).epochs(2).build(), null);
        model = new Trainer(prepared).train(TrainingListener.none(), () -> false).model();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelBundle.write(model, null, out);
        written = out.toByteArray();
    }

    @Test
    void aModelWrittenToAStreamReadsBackAndPredictsTheSame() {
        TrainedModel read = ModelBundle.read(new ByteArrayInputStream(written), "m");
        assertEquals(model.config(), read.config());
        assertEquals(model.history(), read.history());
        assertEquals(model.vocabulary().tokens(), read.vocabulary().tokens());
        assertEquals(model.predict("1 2", 0).items(), read.predict("1 2", 0).items());
        assertEquals(model.predict("4 2", 3), read.predict("4 2", 3));
    }

    @Test
    void theStreamAndTheFileHoldTheSameBundle() throws IOException {
        Path saved = dir.resolve("saved.zip");
        ModelBundle.save(model, saved);
        TrainedModel fromFileBytes = ModelBundle.read(Files.newInputStream(saved), saved.toString());
        assertEquals(model.predict("1 2", 0).items(), fromFileBytes.predict("1 2", 0).items());
        Path streamed = Files.write(dir.resolve("streamed.zip"), written);
        assertEquals(model.predict("1 2", 0).items(), ModelBundle.load(streamed).predict("1 2", 0).items());
    }

    @Test
    void writingLeavesTheStreamOpenForWhatFollows() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ModelBundle.write(model, null, bytes);
        assertFalse(closed[0]);
        bytes.write("after".getBytes(StandardCharsets.UTF_8));
        assertTrue(new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1).endsWith("after"));
    }

    @Test
    void readingStopsAtTheBundlesEndAndLeavesTheStreamOpen() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(written) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ModelBundle.read(in, "m");
        assertFalse(closed[0]);
    }

    @Test
    void aStreamCutShortIsRefusedWithOneLineNamingIt() {
        for (int length : new int[] {0, 10, 40, written.length / 3, written.length / 2}) {
            String message = refused(Arrays.copyOf(written, length));
            assertTrue(message.startsWith("models/m.zip: not a SeqLab model file ("), length + ": " + message);
        }
    }

    @Test
    void aStreamThatIsNoZipOrNoModelIsRefused() throws IOException {
        assertEquals("models/m.zip: not a SeqLab model file (not a zip file, or empty)",
                refused("1 2 3\n".getBytes(StandardCharsets.UTF_8)));
        Map<String, byte[]> other = new LinkedHashMap<>();
        other.put("readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals("models/m.zip: not a SeqLab model file (expected a zip holding seqlab.json and network.zip)",
                refused(ZipEntries.bytes(other)));
    }

    @Test
    void anEntryExpandingFarBeyondTheStreamIsRefusedBeforeItIsHeld() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        ZipEntries.bomb(bomb, "network.zip", 64L << 20);
        String message = refused(bomb.toByteArray());
        assertTrue(message.startsWith("models/m.zip: network.zip: expands to more than "), message);
        assertTrue(message.endsWith("refused (the file is damaged or not a SeqLab file)"), message);
    }

    @Test
    void aDamagedEntryInsideTheStreamIsNamed() {
        byte[] damaged = written.clone();
        for (int i = written.length / 2; i < written.length / 2 + 64; i++) {
            damaged[i] ^= 0x5A;
        }
        String message = refused(damaged);
        assertTrue(message.startsWith("models/m.zip: "), message);
    }

    private static String refused(byte[] bytes) {
        DataException e = assertThrows(DataException.class,
                () -> ModelBundle.read(new ByteArrayInputStream(bytes), "models/m.zip"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }
}
