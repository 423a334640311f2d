package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import seqlab.data.DataException;

/** {@code bench --quality}: usage errors, and one tiny end-to-end run on small synthetic data. */
class QualityBenchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TINY = {"--synthetic-sequences", "120", "--synthetic-length", "8", "--epochs", "1"};

    @TempDir
    Path dir;

    private static Run quality(String... args) {
        List<String> all = new ArrayList<>(List.of("bench", "--quality"));
        all.addAll(List.of(args));
        return Run.of(all.toArray(String[]::new));
    }

    private static String[] tiny(String... args) {
        List<String> all = new ArrayList<>(List.of(TINY));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Test
    void unknownDataSetIsAUsageErrorListingTheKnownOnes() {
        Run r = quality("--only", "synthetic-2,imagenet");
        assertEquals(CommandLine.USER_ERROR, r.exit(), r::toString);
        assertEquals(List.of("seqlab: bench --quality: unknown data set 'imagenet' in --only (known: margarine,"
                + " movielens, synthetic-1, synthetic-2, synthetic-3)", "run 'seqlab help' for usage"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void emptyOnlyIsAUsageError() {
        Run r = quality("--only", "");
        assertEquals(CommandLine.USER_ERROR, r.exit(), r::toString);
        assertTrue(r.err().startsWith("seqlab: bench --quality: unknown data set '' in --only"), r::toString);
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = quality("--data", "x.txt");
        assertEquals(CommandLine.USER_ERROR, r.exit(), r::toString);
        assertTrue(r.err().startsWith("seqlab: bench --quality: unknown option --data"), r::toString);
    }

    @Test
    void selectionKeepsTheGivenOrderWithoutRepeats() {
        assertEquals(QualityDataSets.NAMES, QualityDataSets.select(null));
        assertEquals(List.of("synthetic-3", "margarine"), QualityDataSets.select("synthetic-3, margarine,synthetic-3"));
    }

    @Test
    void missingSampleFileIsNamed() {
        DataException e = assertThrows(DataException.class,
                () -> QualityDataSets.requireFiles(List.of("synthetic-1", "margarine"), dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("sample-data/margarine/sequences.txt") + ": file not found"),
                e::getMessage);
        QualityDataSets.requireFiles(List.of("synthetic-1", "synthetic-3"), dir);
        QualityDataSets.requireFiles(QualityDataSets.NAMES, Path.of(""));
    }

    @Test
    void jsonHasOneObjectPerDataSetWithTheCeiling() throws Exception {
        Run r = quality(tiny("--only", "synthetic-1", "--json"));
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertEquals(1, r.outLines().size(), r::toString);
        JsonNode line = JSON.readTree(r.outLines().get(0));
        assertEquals("synthetic-1", line.get("data").asText());
        assertEquals(1, line.get("epochs").asInt());
        assertTrue(line.get("seconds").asDouble() > 0, r::toString);
        assertTrue(line.get("test_targets").asInt() > 0, r::toString);
        for (String part : List.of("test", "validation")) {
            JsonNode metrics = line.get(part);
            assertEquals(List.of("lstm", "markov", "popularity", "bayes"), names(metrics), r::toString);
            for (JsonNode scorer : metrics) {
                assertEquals(List.of("hr@10", "mrr@10", "hr@1"), names(scorer), r::toString);
                double hr1 = scorer.get("hr@1").asDouble();
                assertTrue(0 <= hr1 && hr1 <= scorer.get("mrr@10").asDouble()
                        && scorer.get("mrr@10").asDouble() <= scorer.get("hr@10").asDouble()
                        && scorer.get("hr@10").asDouble() <= 1, r::toString);
            }
        }
        assertTrue(r.err().contains("== synthetic-1: synthetic order-1 process"), r::toString);
    }

    @Test
    void tableShowsEveryScorer() {
        Run r = quality(tiny("--only", "synthetic-2"));
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        List<String> lines = r.outLines();
        assertTrue(lines.get(0).startsWith("synthetic-2: synthetic order-2 process (20 items"), r::toString);
        assertTrue(lines.get(1).startsWith("1 epoch(s), "), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("scorer +hr@10 +mrr@10 +hr@1 +hr@10 +mrr@10 +hr@1")),
                r::toString);
        for (String scorer : List.of("lstm", "markov", "popularity", "bayes")) {
            assertTrue(lines.stream().anyMatch(l -> l.matches(scorer + "( +[01]\\.\\d{4}){6}")), scorer + "\n" + r);
        }
    }

    @Test
    void withoutHeldOutDataThereIsNothingToCompare() {
        Run r = quality(tiny("--only", "synthetic-1", "--split", "none"));
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertTrue(r.out().contains("no held-out metrics"), r::toString);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
