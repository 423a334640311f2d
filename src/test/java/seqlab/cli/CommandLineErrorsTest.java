package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User errors: exit code 2 and one readable line on stderr, never a stack trace. */
class CommandLineErrorsTest {

    private static final String MARGARINE = "sample-data/margarine/sequences.txt";

    @TempDir
    Path dir;

    private static void assertNoStackTrace(Run r) {
        assertFalse(r.err().contains("\tat "), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
    }

    @Test
    void noCommandPrintsUsageToStderr() {
        Run r = Run.of();
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals("", r.out());
        assertEquals("usage: seqlab <command> [options]", r.errLines().get(0));
    }

    @Test
    void helpPrintsUsageToStdout() {
        Run r = Run.of("help");
        assertEquals(CommandLine.OK, r.exit());
        assertEquals("", r.err());
        assertEquals("usage: seqlab <command> [options]", r.outLines().get(0));
        assertTrue(r.out().contains("  predict  --model M (--prefix \"1 2\" | --prefix-file FILE, - for stdin) [--top 10] [--json]"), r::toString);
    }

    @Test
    void unknownCommand() {
        Run r = Run.of("fly", "--data", "x");
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals("", r.out());
        assertEquals(List.of("seqlab: unknown command 'fly' (commands: train, evaluate, predict, recommend, explain, embeddings, sweep, bench)",
                "run 'seqlab help' for usage"), r.errLines());
    }

    @Test
    void unknownOption() {
        Run r = Run.of("predict", "--model", "m.zip", "--colour", "red");
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals(List.of("seqlab: predict: unknown option --colour (known: --json, --model, --prefix, --prefix-file, --top)",
                "run 'seqlab help' for usage"), r.errLines());
    }

    @Test
    void argumentWithoutDashes() {
        Run r = Run.of("evaluate", "model.zip");
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals("seqlab: evaluate: unexpected argument 'model.zip' (options start with --)", r.errLines().get(0));
    }

    @Test
    void optionWithoutValue() {
        Run r = Run.of("train", "--data");
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals("seqlab: train: --data needs a value", r.errLines().get(0));
    }

    @Test
    void missingData() {
        Run r = Run.of("train", "--model", dir.resolve("m.zip").toString());
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals(List.of("seqlab: train: --data is required", "run 'seqlab help' for usage"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void zeroEpochsIsRejectedWithTheConfigMessage() {
        Run r = Run.of("train", "--data", MARGARINE, "--model", dir.resolve("m.zip").toString(), "--epochs", "0");
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals(List.of("seqlab: invalid settings: epochs must be between 1 and 100000 (got 0)"), r.errLines());
        assertFalse(Files.exists(dir.resolve("m.zip")));
    }

    @Test
    void nonNumericEpochs() {
        Run r = Run.of("train", "--data", MARGARINE, "--model", dir.resolve("m.zip").toString(), "--epochs", "abc");
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals(List.of("seqlab: train: --epochs must be a whole number from 1 to 100000 (got 'abc')", "run 'seqlab help' for usage"),
                r.errLines());
    }

    @Test
    void badChoice() {
        Run r = Run.of("train", "--data", MARGARINE, "--model", dir.resolve("m.zip").toString(), "--split", "random");
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals("seqlab: train: --split must be one of holdout, leave-last-out, none (got 'random')",
                r.errLines().get(0));
    }

    @Test
    void theRegularisationSettingsAreCheckedLikeTheOthers() {
        Path model = dir.resolve("m.zip");
        Run dropout = Run.of("train", "--data", MARGARINE, "--model", model.toString(), "--dropout", "1.5");
        assertEquals(CommandLine.USER_ERROR, dropout.exit());
        assertEquals(List.of("seqlab: invalid settings: dropout must be between 0 and 0.9 (got 1.5)"),
                dropout.errLines());
        Run schedule = Run.of("train", "--data", MARGARINE, "--model", model.toString(), "--lr-schedule", "fast");
        assertEquals(CommandLine.USER_ERROR, schedule.exit());
        assertEquals("seqlab: train: --lr-schedule must be one of plateau, cosine, constant (got 'fast')",
                schedule.errLines().get(0));
        Run patience = Run.of("train", "--data", MARGARINE, "--model", model.toString(), "--patience", "two");
        assertEquals(CommandLine.USER_ERROR, patience.exit());
        assertEquals("seqlab: train: --patience must be a whole number from 0 to 100000 (got 'two')", patience.errLines().get(0));
        assertFalse(Files.exists(model));
    }

    @Test
    void anOutputThatIsAnInputOrAFolderIsRefusedBeforeTraining() throws Exception {
        Path data = dir.resolve("copy.txt");
        Files.copy(Path.of(MARGARINE), data, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] before = Files.readAllBytes(data);
        Run same = Run.of("train", "--data", data.toString(), "--model", data.toString());
        assertEquals(CommandLine.USER_ERROR, same.exit());
        assertEquals(List.of("seqlab: " + data + ": --model is also an input file of this run; it would be overwritten"
                + " (give another file name)"), same.errLines());
        assertArrayEquals(before, Files.readAllBytes(data));
        Path folder = Files.createDirectories(dir.resolve("models"));
        Run toFolder = Run.of("train", "--data", data.toString(), "--model", folder.toString());
        assertEquals(CommandLine.USER_ERROR, toFolder.exit());
        assertEquals(List.of("seqlab: " + folder + ": --model is a folder; give a file name"), toFolder.errLines());
        assertTrue(Files.isDirectory(folder));
        Run historyIsData = Run.of("sweep", "--data", data.toString(), "--vary", "units=4,8", "--history",
                data.toString());
        assertEquals(CommandLine.USER_ERROR, historyIsData.exit());
        assertTrue(historyIsData.errLines().get(0).contains("--history is also an input file"), historyIsData::toString);
        assertArrayEquals(before, Files.readAllBytes(data));
    }

    @Test
    void aDamagedHistoryIsReportedBeforeTrainingAndAFailedRecordKeepsTheModel() throws Exception {
        Path damaged = dir.resolve("damaged-history.json");
        Files.writeString(damaged, "{ not json");
        Path model = dir.resolve("kept.zip");
        Files.deleteIfExists(model);
        Run r = Run.of("train", "--data", MARGARINE, "--model", model.toString(), "--epochs", "1", "--history",
                damaged.toString());
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertTrue(r.errLines().get(r.errLines().size() - 1).startsWith("seqlab: " + damaged), r::toString);
        assertFalse(r.err().contains("training:"), "refused before training: " + r.err());
        assertFalse(Files.exists(model));
    }

    @Test
    void missingDataFileIsOneLine() {
        Path missing = dir.resolve("nope.txt");
        Run r = Run.of("train", "--data", missing.toString(), "--model", dir.resolve("m.zip").toString());
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals("seqlab: " + missing + ": file not found" + System.lineSeparator(), r.err());
        assertEquals("", r.out());
        assertNoStackTrace(r);
    }

    @Test
    void tableHeaderWithoutItemColumnNamesFileAndLine() throws IOException {
        Path bad = dir.resolve("ratings.csv");
        Files.writeString(bad, "userId,rating,timestamp\n1,4.0,100\n1,3.0,200\n");
        Run r = Run.of("train", "--data", bad.toString(), "--model", dir.resolve("m.zip").toString(),
                "--format", "table");
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals(List.of("seqlab: " + bad + ":1: no item column (looked for itemid, item, productid, product,"
                + " movieid, movie, ...); the header has: userId, rating, timestamp; name it with --item-column"),
                r.errLines());
        assertNoStackTrace(r);
    }

    @Test
    void namedColumnMissingFromHeader() throws IOException {
        Path bad = dir.resolve("events.csv");
        Files.writeString(bad, "user,item\n1,2\n1,3\n");
        Run r = Run.of("train", "--data", bad.toString(), "--model", dir.resolve("m.zip").toString(),
                "--item-column", "product");
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals(List.of("seqlab: " + bad + ":1: no column named 'product'; the header has: user, item"),
                r.errLines());
    }

    @Test
    void emptyDataFile() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "\n\n");
        Run r = Run.of("train", "--data", empty.toString(), "--model", dir.resolve("m.zip").toString());
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals(List.of("seqlab: " + empty + ": no data (the file is empty)"), r.errLines());
    }

    @Test
    void predictWithAFileThatIsNotAModel() throws IOException {
        Path notModel = dir.resolve("model.zip");
        Files.writeString(notModel, "this is not a zip file\n");
        Run r = Run.of("predict", "--model", notModel.toString(), "--prefix", "1 2");
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith("seqlab: " + notModel + ": not a SeqLab model file"), r::toString);
        assertEquals("", r.out());
        assertNoStackTrace(r);
    }

    @Test
    void predictWithAMissingModel() {
        Path missing = dir.resolve("missing.zip");
        Run r = Run.of("predict", "--model", missing.toString(), "--prefix", "1");
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals(List.of("seqlab: " + missing + ": file not found"), r.errLines());
    }

    @Test
    void evaluateWithBadCutOffs() {
        Run r = Run.of("evaluate", "--model", "m.zip", "--data", MARGARINE, "--k", "10,0");
        assertEquals(CommandLine.USER_ERROR, r.exit());
        assertEquals("seqlab: evaluate: --k values must be at least 1 (got 0)", r.errLines().get(0));
    }
}
