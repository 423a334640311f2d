package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsideBenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void timesTheTraceTheProjectionAndTheNearestItemsOfAModel() throws Exception {
        Path model = dir.resolve("m.zip");
        assertEquals(CommandLine.OK, Run.of("train", "--data", "sample-data/toy.txt", "--model", model.toString(),
                "--epochs", "2", "--units", "8").exit());
        Run r = Run.of("bench", "--inside", "--model", model.toString(), "--data", "sample-data/toy.txt",
                "--prefix-length", "3", "--repeats", "3", "--json");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(5, j.get("items").asInt());
        assertEquals(3, j.get("prefix_length").asInt());
        for (String k : new String[] {"trace_ms_median", "projection_ms_median", "nearest_ms_median"}) {
            assertTrue(j.get(k).asDouble() > 0 && j.get(k).asDouble() <= j.get(k.replace("median", "max")).asDouble(), k);
        }
    }

    @Test
    void aPrefixLongerThanEverySequenceIsNamed() throws Exception {
        Path model = dir.resolve("m.zip");
        Run.of("train", "--data", "sample-data/toy.txt", "--model", model.toString(), "--epochs", "1", "--units", "8");
        Run r = Run.of("bench", "--inside", "--model", model.toString(), "--data", "sample-data/toy.txt",
                "--prefix-length", "9");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no sequence of") && r.err().contains("has 9 items"), r.err());
    }
}
