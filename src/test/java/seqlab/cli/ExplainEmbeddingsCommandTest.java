package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExplainEmbeddingsCommandTest {

    @TempDir
    static Path dir;
    private static String model;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void train() {
        model = dir.resolve("m.zip").toString();
        Run r = Run.of("train", "--data", "sample-data/toy.txt", "--model", model, "--epochs", "3");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
    }

    @Test
    void theLastStepIsPredictsAnswerAndEvidenceIsLastItemOnly() throws Exception {
        Run explain = Run.of("explain", "--model", model, "--prefix", "1 9 2", "--top", "5", "--json");
        Run predict = Run.of("predict", "--model", model, "--prefix", "1 9 2", "--top", "5", "--json");
        assertEquals(CommandLine.OK, explain.exit(), explain::toString);
        assertTrue(explain.err().contains("unknown items skipped: 9"), explain::toString);
        JsonNode steps = JSON.readTree(explain.out()).get("steps");
        assertEquals(2, steps.size());
        assertEquals("2", steps.get(1).get("item").asText());
        assertEquals(JSON.readTree(predict.out()).get("predictions"), steps.get(1).get("top"));
        JsonNode evidence = steps.get(1).get("evidence");
        assertEquals(JSON.readTree("{\"3\":1,\"4\":1}"), evidence.get("prefix"));
        assertEquals(JSON.readTree("{\"3\":1,\"4\":1}"), evidence.get("last2"));
        assertTrue(steps.get(0).get("evidence").get("last2").isNull());
        assertEquals(JSON.readTree("{\"3\":1,\"4\":1,\"5\":1}"), evidence.get("last1"));
        assertEquals(JSON.readTree("{\"2\":3}"), steps.get(0).get("evidence").get("last1"));
    }

    @Test
    void theTextShowsTheWholePrefixEvidence() {
        Run r = Run.of("explain", "--model", model, "--prefix", "1 2");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("step 2: after 1 2"), r::toString);
        assertTrue(r.out().contains("followed 1 in training: 2 x3"), r::toString);
        assertTrue(r.out().contains("followed the whole prefix in training (3 sequence(s) began with it): 3 x1, 4 x1"),
                r::toString);
        assertTrue(r.out().contains("reading: "), r::toString);
    }

    @Test
    void embeddingsMakesTheFolderAndWritesBothFiles() throws Exception {
        Path out = dir.resolve("a/b");
        Run r = Run.of("embeddings", "--model", model, "--out", out.toString());
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertEquals(5, Files.readAllLines(out.resolve("vectors.tsv")).size());
        assertEquals("item\tlabel\tcount", Files.readAllLines(out.resolve("metadata.tsv")).get(0));
        assertTrue(r.out().contains("wrote 5 item vectors of 32 floats"), r::toString);
    }
}
