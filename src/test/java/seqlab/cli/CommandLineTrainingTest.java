package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** train, evaluate and predict end to end on the bundled samples, with small training runs. */
class CommandLineTrainingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARGARINE = "sample-data/margarine/sequences.txt";
    private static final Set<String> METRIC_KEYS = Set.of("hr@1", "hr@5", "hr@10", "hr@20", "mrr@1", "mrr@5",
            "mrr@10", "mrr@20", "ndcg@1", "ndcg@5", "ndcg@10", "ndcg@20");

    @TempDir
    static Path dir;

    private static Path margarineModel;
    private static Run margarineTrain;
    private static Path toyModel;
    private static Run toyTrain;
    private static Path margarineUnseenModel;
    private static Run margarineUnseenTrain;
    private static Path toyUnseenModel;

    @BeforeAll
    static void train() {
        margarineModel = dir.resolve("margarine.zip");
        margarineTrain = Run.of("train", "--data", MARGARINE, "--model", margarineModel.toString(), "--epochs", "1",
                "--json");
        toyModel = dir.resolve("toy.zip");
        toyTrain = Run.of("train", "--data", "sample-data/toy.txt", "--model", toyModel.toString(), "--epochs", "60",
                "--learning-rate", "0.02", "--split", "none", "--seen-items", "rank");
        margarineUnseenModel = dir.resolve("margarine-unseen.zip");
        margarineUnseenTrain = Run.of("train", "--data", MARGARINE, "--model", margarineUnseenModel.toString(),
                "--epochs", "1", "--seen-items", "exclude", "--json");
        toyUnseenModel = dir.resolve("toy-unseen.zip");
        Run toyUnseen = Run.of("train", "--data", "sample-data/toy.txt", "--model", toyUnseenModel.toString(),
                "--epochs", "5", "--split", "none", "--seen-items", "auto");
        assertEquals(CommandLine.OK, toyUnseen.exit(), toyUnseen::toString);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertMetric(JsonNode metrics, String key) {
        assertTrue(metrics.get(key).isNumber(), key + " in " + metrics);
        double v = metrics.get(key).asDouble();
        assertTrue(v >= 0 && v <= 1, key + " = " + v);
    }

    @Test
    void trainJsonPrintsOneObjectPerEpochAndASummary() throws Exception {
        Run r = margarineTrain;
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertTrue(Files.size(margarineModel) > 0);
        List<String> lines = r.outLines();
        assertEquals(2, lines.size(), r::toString);

        JsonNode epoch = JSON.readTree(lines.get(0));
        assertEquals(List.of("epoch", "loss", "accuracy", "val_loss", "lr", "best", "seconds", "samples_per_s", "val"),
                names(epoch));
        assertEquals(1, epoch.get("epoch").asInt());
        assertTrue(epoch.get("loss").asDouble() > 0, lines.get(0));
        assertMetric(epoch, "accuracy");
        assertTrue(epoch.get("val_loss").asDouble() > 0, lines.get(0));
        assertEquals(METRIC_KEYS, fieldNames(epoch.get("val")));
        for (String k : METRIC_KEYS) {
            assertMetric(epoch.get("val"), k);
        }
        JsonNode val = epoch.get("val");
        assertTrue(val.get("hr@1").asDouble() <= val.get("hr@5").asDouble()
                && val.get("hr@5").asDouble() <= val.get("hr@10").asDouble()
                && val.get("hr@10").asDouble() <= val.get("hr@20").asDouble(), val.toString());
        assertEquals(val.get("hr@1").asDouble(), val.get("mrr@1").asDouble(), 1e-12);

        JsonNode summary = JSON.readTree(lines.get(1));
        assertTrue(summary.get("summary").asBoolean());
        assertEquals(1, summary.get("epochs").asInt());
        assertEquals(1, summary.get("best_epoch").asInt());
        assertTrue(epoch.get("best").asBoolean(), "the only epoch is the best so far");
        assertEquals(margarineModel.toString(), summary.get("model").asText());
        assertEquals("holdout by sequence (seed 42): 396 train, 50 validation, 50 test sequences",
                summary.get("split").asText());
        JsonNode test = summary.get("test");
        assertEquals(List.of("lstm", "popularity", "markov"), names(test));
        for (String scorer : List.of("lstm", "popularity", "markov")) {
            for (String k : List.of("hr@10", "mrr@10", "ndcg@10")) {
                assertMetric(test.get(scorer), k);
            }
            assertEquals(test.get("lstm").get("targets").asInt(), test.get(scorer).get("targets").asInt());
        }
        assertTrue(test.get("lstm").get("targets").asInt() > 0);
        assertTrue(test.get("lstm").has("loss"));
        assertFalse(test.get("popularity").has("loss"));
        assertTrue(r.err().contains("model saved to " + margarineModel), r::toString);
        assertEquals("all", summary.get("ranking").asText());
    }

    @Test
    void trainStatesWhichRankingItsMetricsUseAndHintsWhenItemsNeverRepeat() throws Exception {
        assertTrue(margarineTrain.errLines().stream().anyMatch(l -> l.startsWith("ranking for every metric: all"
                + " items, also those already in the prefix (auto: ")), margarineTrain::toString);
        assertFalse(margarineTrain.err().contains("hint:"), margarineTrain::toString);
        // the toy sequences never repeat an item
        assertTrue(toyTrain.errLines().contains("hint: the training sequences almost never repeat an item (0.0% of"
                + " targets); --seen-items exclude (or auto) ranks only unseen items"), toyTrain::toString);

        assertEquals(CommandLine.OK, margarineUnseenTrain.exit(), margarineUnseenTrain::toString);
        JsonNode summary = JSON.readTree(margarineUnseenTrain.outLines().get(1));
        assertEquals("unseen", summary.get("ranking").asText());
        assertTrue(margarineUnseenTrain.errLines().stream().anyMatch(l -> l.startsWith("ranking for every metric:"
                + " items already in the prefix are excluded (seen items: exclude; ")), margarineUnseenTrain::toString);
        // margarine buyers buy the same margarine again: excluding it makes those targets misses
        assertTrue(margarineUnseenTrain.errLines().stream().anyMatch(l -> l.startsWith("hint: ")
                && l.contains("each of them counts as a miss")), margarineUnseenTrain::toString);
    }

    @Test
    void evaluateRanksAsTheModelsOwnMetricsDid() throws Exception {
        Run r = Run.of("evaluate", "--model", margarineUnseenModel.toString(), "--data", MARGARINE, "--json");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        JsonNode result = JSON.readTree(r.out());
        assertEquals("unseen", result.get("ranking").asText());
        JsonNode trainTest = JSON.readTree(margarineUnseenTrain.outLines().get(1)).get("test");
        for (String scorer : List.of("lstm", "popularity", "markov")) {
            for (String k : METRIC_KEYS) {
                assertEquals(trainTest.get(scorer).get(k).asDouble(), result.get("metrics").get(scorer).get(k).asDouble(),
                        1e-9, scorer + " " + k);
            }
        }
    }

    @Test
    void evaluateCanOverrideTheModelsRule() throws Exception {
        Run r = Run.of("evaluate", "--model", margarineModel.toString(), "--data", MARGARINE, "--seen-items",
                "exclude", "--json");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertTrue(r.errLines().contains("note: the model's own metrics ranked all items; this evaluation leaves"
                + " them out"), r::toString);
        JsonNode metrics = JSON.readTree(r.out()).get("metrics");
        assertEquals("unseen", JSON.readTree(r.out()).get("ranking").asText());
        // the baselines do not depend on the network: they match the run that excluded seen items throughout
        JsonNode unseenTest = JSON.readTree(margarineUnseenTrain.outLines().get(1)).get("test");
        JsonNode allTest = JSON.readTree(margarineTrain.outLines().get(1)).get("test");
        boolean differs = false;
        for (String scorer : List.of("popularity", "markov")) {
            for (String k : METRIC_KEYS) {
                assertEquals(unseenTest.get(scorer).get(k).asDouble(), metrics.get(scorer).get(k).asDouble(), 1e-12,
                        scorer + " " + k);
                differs |= Math.abs(allTest.get(scorer).get(k).asDouble() - metrics.get(scorer).get(k).asDouble()) > 1e-9;
            }
        }
        assertTrue(differs, "excluding seen items changes the baselines' metrics on margarine");

        Run auto = Run.of("evaluate", "--model", margarineModel.toString(), "--data", MARGARINE, "--seen-items", "auto");
        assertEquals(CommandLine.USER_ERROR, auto.exit(), auto::toString);
        assertTrue(auto.errLines().get(0).startsWith("seqlab: evaluate: --seen-items must be exclude or rank"),
                auto::toString);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void evaluateOnTheTrainingFileUsesOnlyTheHeldOutTestPart() throws Exception {
        Run r = Run.of("evaluate", "--model", margarineModel.toString(), "--data", MARGARINE, "--json");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertEquals(List.of("this is the data the model was trained on: evaluating only its held-out test part"
                + " (50 sequences)"), r.errLines());
        List<String> lines = r.outLines();
        assertEquals(1, lines.size(), r::toString);
        JsonNode result = JSON.readTree(lines.get(0));
        JsonNode metrics = result.get("metrics");
        assertEquals(List.of("lstm", "popularity", "markov"), names(metrics));
        for (String scorer : List.of("lstm", "popularity", "markov")) {
            assertEquals(METRIC_KEYS, new HashSet<>(names(metrics.get(scorer))).stream()
                    .filter(METRIC_KEYS::contains).collect(java.util.stream.Collectors.toSet()));
        }
        // the same test part as training's summary: the baselines' metrics are identical
        JsonNode trainTest = JSON.readTree(margarineTrain.outLines().get(1)).get("test");
        assertEquals(trainTest.get("lstm").get("targets").asInt(), result.get("targets").asInt());
        for (String scorer : List.of("popularity", "markov")) {
            for (String k : METRIC_KEYS) {
                assertEquals(trainTest.get(scorer).get(k).asDouble(), metrics.get(scorer).get(k).asDouble(), 1e-12,
                        scorer + " " + k);
            }
        }
        // and the saved network ranks the test part as the trained one did
        for (String k : List.of("hr@10", "mrr@10", "ndcg@10")) {
            assertEquals(trainTest.get("lstm").get(k).asDouble(), metrics.get("lstm").get(k).asDouble(), 1e-9, k);
        }
    }

    @Test
    void evaluateTablePrintsScorersSideBySide() {
        Run r = Run.of("evaluate", "--model", margarineModel.toString(), "--data", MARGARINE, "--k", "3");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        List<String> lines = r.outLines();
        assertEquals(List.of("metric", "lstm", "popularity", "markov"), List.of(lines.get(0).trim().split("\\s+")));
        assertTrue(lines.get(1).startsWith("hr@3 "), r::toString);
        assertTrue(lines.get(2).startsWith("mrr@3 "), r::toString);
        assertTrue(lines.get(3).startsWith("ndcg@3 "), r::toString);
        assertTrue(lines.get(4).startsWith("targets ranked: "), r::toString);
        assertEquals("ranking: all items, also those already in the prefix", lines.get(5));
    }

    @Test
    void predictJsonOnTheToyModel() throws Exception {
        assertEquals(CommandLine.OK, toyTrain.exit(), toyTrain::toString);
        assertTrue(toyTrain.out().contains("no held-out test metrics: no split: trained on all 4 sequences"),
                toyTrain::toString);
        Run r = Run.of("predict", "--model", toyModel.toString(), "--prefix", "1 2", "--json");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertEquals("", r.err());
        JsonNode result = JSON.readTree(r.out());
        JsonNode predictions = result.get("predictions");
        assertEquals(5, predictions.size());
        double previous = Double.POSITIVE_INFINITY;
        double sum = 0;
        Set<String> items = new HashSet<>();
        for (JsonNode p : predictions) {
            double prob = p.get("probability").asDouble();
            assertTrue(prob <= previous, predictions.toString());
            previous = prob;
            sum += prob;
            items.add(p.get("item").asText());
            assertEquals(p.get("item").asText(), p.get("label").asText());
        }
        assertEquals(Set.of("1", "2", "3", "4", "5"), items);
        assertEquals(1.0, sum, 1e-4);
        assertEquals(Set.of("3", "4"), Set.of(predictions.get(0).get("item").asText(),
                predictions.get(1).get("item").asText()), predictions.toString());
        assertEquals(0, result.get("unknown").size());
        assertEquals("[\"1\",\"2\"]", result.get("used").toString());
        assertEquals("all", result.get("ranking").asText());
        assertEquals(0, result.get("excluded").size());

        Run withUnknown = Run.of("predict", "--model", toyModel.toString(), "--prefix", "1 2 9", "--json");
        assertEquals(CommandLine.OK, withUnknown.exit(), withUnknown::toString);
        assertEquals(List.of("unknown items skipped: 9"), withUnknown.errLines());
        JsonNode unknownResult = JSON.readTree(withUnknown.out());
        assertEquals("[\"9\"]", unknownResult.get("unknown").toString());
        assertEquals("[\"1\",\"2\"]", unknownResult.get("used").toString());
        assertEquals(predictions, unknownResult.get("predictions"));
    }

    @Test
    void predictReadsAPrefixFromAFileOrStandardInputAsFromTheFlag() throws Exception {
        Run typed = Run.of("predict", "--model", toyModel.toString(), "--prefix", "1 2", "--json");
        Path file = Files.writeString(dir.resolve("prefix.txt"), "1\n2\n");
        Run fromFile = Run.of("predict", "--model", toyModel.toString(), "--prefix-file", file.toString(), "--json");
        Run fromStdin = Run.withInput("1 2\n", "predict", "--model", toyModel.toString(), "--prefix-file", "-", "--json");
        assertEquals(CommandLine.OK, typed.exit(), typed::toString);
        assertEquals(typed.out(), fromFile.out(), fromFile::toString);
        assertEquals(typed.out(), fromStdin.out(), fromStdin::toString);
    }

    @Test
    void predictLeavesOutTheTypedItemsWhenTheModelExcludesSeenItems() throws Exception {
        Run r = Run.of("predict", "--model", toyUnseenModel.toString(), "--prefix", "1 2", "--json");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertEquals(List.of("not ranked, already in the prefix: 1, 2"), r.errLines());
        JsonNode result = JSON.readTree(r.out());
        assertEquals("unseen", result.get("ranking").asText());
        assertEquals("[\"1\",\"2\"]", result.get("excluded").toString());
        Set<String> items = new HashSet<>();
        result.get("predictions").forEach(p -> items.add(p.get("item").asText()));
        assertEquals(Set.of("3", "4", "5"), items);
    }

    @Test
    void predictTableAndTop() {
        Run r = Run.of("predict", "--model", toyModel.toString(), "--prefix", "1 2", "--top", "2");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        List<String> lines = r.outLines();
        assertEquals(3, lines.size(), r::toString);
        assertEquals(List.of("rank", "item", "probability", "label"), List.of(lines.get(0).trim().split("\\s+")));
        assertTrue(lines.get(1).trim().startsWith("1 "), r::toString);
        assertTrue(lines.get(2).trim().startsWith("2 "), r::toString);
    }

    @Test
    void predictWithOnlyUnknownItemsIsAUserError() {
        Run r = Run.of("predict", "--model", toyModel.toString(), "--prefix", "8 9");
        assertEquals(CommandLine.USER_ERROR, r.exit(), r::toString);
        assertEquals(List.of("unknown items skipped: 8, 9",
                "seqlab: no item of the prefix is known to the model: 8, 9"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void predictJsonWithNothingKnownStillSaysWhyAndExitsWithTheUserErrorCode() throws Exception {
        Run unknown = Run.of("predict", "--model", toyModel.toString(), "--prefix", "8 9", "--json");
        assertEquals(CommandLine.USER_ERROR, unknown.exit(), unknown::toString);
        assertEquals("[\"8\",\"9\"]", JSON.readTree(unknown.out()).get("unknown").toString());
        assertEquals("seqlab: no item of the prefix is known to the model: 8, 9",
                unknown.errLines().get(unknown.errLines().size() - 1));
        Run empty = Run.of("predict", "--model", toyModel.toString(), "--prefix", " ", "--json");
        assertEquals(CommandLine.USER_ERROR, empty.exit(), empty::toString);
        assertEquals(List.of("seqlab: the prefix is empty: give at least one item"), empty.errLines());
    }

    @Test
    void aDivergingRunIsSavedWithAWarningOnStderrAndInTheJsonSummaryAndTheHistory() throws Exception {
        Path model = dir.resolve("diverged.zip");
        Path history = dir.resolve("diverged-history.json");
        Run r = Run.of("train", "--data", "sample-data/toy.txt", "--model", model.toString(), "--epochs", "10",
                "--learning-rate", "1", "--json", "--history", history.toString());
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith("warning: the loss diverged: ")), r::toString);
        List<String> out = r.out().lines().toList();
        JsonNode summary = JSON.readTree(out.get(out.size() - 1));
        assertTrue(summary.get("warning").asText().startsWith("the loss diverged: "), summary::toString);
        var record = seqlab.runs.RunHistory.load(history).runs().get(0);
        assertEquals(seqlab.runs.RunOutcome.FINISHED, record.outcome());
        assertEquals(summary.get("warning").asText(), record.message());
        assertFalse(toyTrain.err().contains("warning"), toyTrain::toString);
        assertFalse(margarineTrain.err().contains("warning"), margarineTrain::toString);
        assertFalse(JSON.readTree(margarineTrain.out().lines().reduce((a, b) -> b).orElseThrow()).has("warning"));
    }

    @Test
    void labelsRowsThatAreNotUsedArePrinted() throws Exception {
        Path labels = dir.resolve("dup-labels.csv");
        java.nio.file.Files.writeString(labels, "id,name\n1,One\n1,Uno\n2,Two\n");
        Run r = Run.of("train", "--data", "sample-data/toy.txt", "--labels", labels.toString(), "--model",
                dir.resolve("labelled.zip").toString(), "--epochs", "1");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertTrue(r.errLines().contains(labels + ": 2 labels, 1 row(s) skipped"), r::toString);
        assertTrue(r.errLines().contains("  skipped line 3: id '1' is already labelled 'One' on line 2; the first"
                + " label is kept, this row's 'Uno' is not used"), r::toString);
    }

    @Test
    void tableColumnsWithTheLinesFormatAreAUsageError() {
        Run r = Run.of("train", "--data", "sample-data/toy.txt", "--format", "lines", "--item-column", "item",
                "--model", dir.resolve("never.zip").toString(), "--epochs", "1");
        assertEquals(CommandLine.USER_ERROR, r.exit(), r::toString);
        assertEquals("seqlab: train: --item-column applies only to tables (--format table or auto); --format lines"
                + " reads one sequence per line, with no header and no columns", r.errLines().get(0));
        assertFalse(java.nio.file.Files.exists(dir.resolve("never.zip")));
    }
}
