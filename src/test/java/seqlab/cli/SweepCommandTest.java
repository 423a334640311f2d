package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import seqlab.runs.RunHistory;
import seqlab.runs.RunOutcome;
import seqlab.runs.RunRecord;

/** sweep end to end on the margarine sample with tiny networks and one epoch. */
class SweepCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARGARINE = "sample-data/margarine/sequences.txt";

    @TempDir
    static Path dir;

    private static Run jsonSweep;

    @BeforeAll
    static void sweep() {
        jsonSweep = Run.of("sweep", "--data", MARGARINE, "--vary", "embedding-dim=4,8", "--vary=units=4,8",
                "--epochs", "1", "--batch-size", "64", "--json", "--csv", dir.resolve("runs.csv").toString());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonPrintsOneObjectPerRunThenASummaryOfRunsSortedByValidationMrr() throws Exception {
        Run r = jsonSweep;
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        List<String> lines = r.outLines();
        assertEquals(5, lines.size(), r::toString);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonNode run = JSON.readTree(lines.get(i));
            assertEquals("finished", run.get("outcome").asText());
            JsonNode settings = run.get("settings");
            seen.add(settings.get("embedding-dim").asInt() + "x" + settings.get("units").asInt());
            assertEquals(1, settings.get("epochs").asInt());
            assertEquals(64, settings.get("batch-size").asInt());
            assertEquals("pre", settings.get("padding").asText());
            JsonNode test = run.get("test");
            assertEquals(List.of("lstm", "popularity", "markov"), names(test));
            assertTrue(test.get("lstm").has("loss"));
            assertTrue(test.get("lstm").get("targets").asInt() > 0);
            double hr10 = test.get("lstm").get("hr@10").asDouble();
            assertTrue(hr10 >= 0 && hr10 <= 1, run.toString());
            assertTrue(run.get("validation").get("lstm").get("mrr@10").isNumber(), run.toString());
        }
        assertEquals(List.of("4x4", "4x8", "8x4", "8x8"), seen);
        JsonNode summary = JSON.readTree(lines.get(4));
        assertTrue(summary.get("summary").asBoolean());
        JsonNode runs = summary.get("runs");
        assertEquals(4, runs.size());
        for (int i = 1; i < runs.size(); i++) {
            assertTrue(runs.get(i - 1).get("validation").get("lstm").get("mrr@10").asDouble()
                    >= runs.get(i).get("validation").get("lstm").get("mrr@10").asDouble(), runs.toString());
        }
    }

    @Test
    void csvHasAHeaderAndOneRowPerRun() throws Exception {
        List<String> rows = Files.readAllLines(dir.resolve("runs.csv"));
        assertEquals(5, rows.size());
        List<String> header = List.of(rows.get(0).split(","));
        assertTrue(header.containsAll(List.of("embedding-dim", "units", "validation_lstm_mrr@10", "test_lstm_hr@10",
                "test_popularity_hr@10", "wall_seconds")), header.toString());
        for (String row : rows.subList(1, 5)) {
            assertEquals(header.size(), row.split(",", -1).length, row);
        }
    }

    @Test
    void textPrintsATableSortedByValidationMrrAndMeanAndStdOverSeeds() {
        Path history = dir.resolve("history.json");
        Run r = Run.of("sweep", "--data", MARGARINE, "--vary", "units=4,8", "--seeds", "2", "--embedding-dim", "4",
                "--epochs", "1", "--batch-size", "64", "--history", history.toString(),
                "--curves", dir.resolve("curves.csv").toString());
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        List<String> out = r.outLines();
        assertTrue(out.get(0).startsWith("rank         units   seed"), out.get(0));
        List<Double> mrr = new ArrayList<>();
        for (String line : out.subList(1, 5)) {
            String[] cells = line.strip().split("\\s+");
            mrr.add(Double.parseDouble(cells[4]));
        }
        for (int i = 1; i < mrr.size(); i++) {
            assertTrue(mrr.get(i - 1) >= mrr.get(i), mrr.toString());
        }
        assertTrue(out.get(5).startsWith("baseline popularity"), r::toString);
        assertTrue(out.contains("over 2 seeds (mean ± standard deviation):"), r::toString);
        assertTrue(out.stream().anyMatch(l -> l.startsWith("units=4 ") && l.contains(" 2 ") && l.contains(" ± ")),
                r::toString);
        List<RunRecord> runs = RunHistory.load(history).runs();
        assertEquals(4, runs.size());
        assertEquals(List.of(42L, 43L, 42L, 43L), runs.stream().map(x -> x.settings().seed()).toList());
        assertTrue(runs.stream().allMatch(x -> x.outcome() == RunOutcome.FINISHED));
    }

    @Test
    void aDivergingRunOfASweepIsFinishedWithAWarningOnStderrAndInItsJson() throws Exception {
        Run r = Run.of("sweep", "--data", "sample-data/toy.txt", "--vary", "learning-rate=1,0.03", "--epochs", "10",
                "--json");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith("run 1/2 finished in ")
                && l.contains("; warning: the loss diverged: ")), r::toString);
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith("run 2/2 finished in ") && !l.contains("warning")),
                r::toString);
        JsonNode first = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        assertEquals("finished", first.get("outcome").asText());
        assertTrue(first.get("warning").asText().startsWith("the loss diverged: "), first::toString);
        assertFalse(first.has("message"), first::toString);
        JsonNode second = JSON.readTree(r.out().lines().skip(1).findFirst().orElseThrow());
        assertFalse(second.has("warning"), second::toString);
    }

    @Test
    void trainRecordsItsRunOnlyWhenAskedWithHistory() {
        Path history = dir.resolve("train-history.json");
        Run r = Run.of("train", "--data", "sample-data/toy.txt", "--model", dir.resolve("toy.zip").toString(),
                "--epochs", "2", "--split", "none", "--history", history.toString());
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        RunRecord run = RunHistory.load(history).runs().get(0);
        assertEquals(2, run.epochsTrained());
        assertEquals(RunOutcome.FINISHED, run.outcome());
        assertEquals(4, run.data().sequences());
        assertEquals("sample-data/toy.txt", run.data().source());
        assertTrue(r.err().contains("run recorded in " + history), r::toString);
    }

    @Test
    void usageErrorsNameTheProblem() {
        Run none = Run.of("sweep", "--data", MARGARINE);
        assertEquals(CommandLine.USER_ERROR, none.exit());
        assertEquals("seqlab: sweep: give --vary name=v1,v2 (up to two) and/or --seeds N", none.errLines().get(0));
        Run bad = Run.of("sweep", "--data", MARGARINE, "--vary", "colour=1,2");
        assertEquals(CommandLine.USER_ERROR, bad.exit());
        assertTrue(bad.errLines().get(0).startsWith("seqlab: sweep: cannot vary 'colour' (known: max-len,"), bad::toString);
        Run missing = Run.of("sweep", "--vary", "units=1,2");
        assertEquals("seqlab: sweep: --data is required", missing.errLines().get(0));
        Run dangling = Run.of("sweep", "--data", MARGARINE, "--vary");
        assertFalse(dangling.exit() == CommandLine.OK);
        assertTrue(dangling.errLines().get(0).contains("--vary needs a value"), dangling::toString);
    }
}
