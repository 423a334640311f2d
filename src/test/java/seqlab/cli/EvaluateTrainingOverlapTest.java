package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqlab.ZipEntries;

/** evaluate never scores a sequence the model was trained on, also when the training file changed since. */
class EvaluateTrainingOverlapTest {

    private static final String[] SMALL = {"--epochs", "1", "--units", "4", "--embedding-dim", "4", "--threads", "1"};

    @TempDir
    static Path dir;

    private static Path data;
    private static Path holdout;
    private static Path leaveLastOut;
    private static Path withValidationFile;

    private static Run train(Path model, String... extra) {
        List<String> args = new ArrayList<>(List.of("train", "--data", data.toString(), "--model", model.toString()));
        args.addAll(List.of(SMALL));
        args.addAll(List.of(extra));
        Run r = Run.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r::toString);
        return r;
    }

    @BeforeAll
    static void trainModels() throws IOException {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            for (int k = 0; k < 5; k++) {
                text.append(k == 0 ? "" : " ").append(1 + random.nextInt(8));
            }
            text.append('\n');
        }
        data = Files.writeString(dir.resolve("data.txt"), text);
        Path other = Files.writeString(dir.resolve("other.txt"), "1 2 3 4\n2 3 4 5\n");
        holdout = dir.resolve("holdout.zip");
        train(holdout);
        leaveLastOut = dir.resolve("llo.zip");
        train(leaveLastOut, "--split", "leave-last-out");
        withValidationFile = dir.resolve("val.zip");
        train(withValidationFile, "--validation", other.toString());
    }

    private static Path appended(String line) throws IOException {
        Path f = dir.resolve("appended-" + line.replace(' ', '-') + ".txt");
        Files.writeString(f, Files.readString(data) + line + "\n");
        return f;
    }

    private static int targets(Run r) throws IOException {
        return new ObjectMapper().readTree(r.out()).get("targets").asInt();
    }

    @Test
    void theUnchangedTrainingFileIsEvaluatedOnItsHeldOutTestPartAsBefore() throws IOException {
        Run r = Run.of("evaluate", "--model", holdout.toString(), "--data", data.toString(), "--json");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of("this is the data the model was trained on: evaluating only its held-out test part (2"
                + " sequences)"), r.errLines());
        assertEquals(8, targets(r), "2 test sequences of 5 items");
    }

    @Test
    void theTrainingFileWithALineAppendedIsEvaluatedWithoutItsTrainingSequences() throws IOException {
        Path f = appended("1 2 3");
        Run r = Run.of("evaluate", "--model", holdout.toString(), "--data", f.toString(), "--json");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of("16 of 21 sequences in " + f + " were in the model's training data; evaluating the other"
                + " 5"), r.errLines());
        assertEquals(4 * 4 + 2, targets(r), "validation and test sequences (4 targets each) and the new line (2)");
    }

    @Test
    void nothingButTrainingSequencesIsRefused() throws IOException {
        List<String> lines = Files.readAllLines(data);
        List<String> reversed = new ArrayList<>(lines);
        java.util.Collections.reverse(reversed);
        Path f = Files.write(dir.resolve("reordered.txt"), reversed);
        Run r = Run.of("evaluate", "--model", withValidationFile.toString(), "--data", f.toString());
        assertEquals(CommandLine.USER_ERROR, r.exit(), r::toString);
        assertEquals(List.of("seqlab: " + f + ": all 20 sequences were in the model's training data; nothing is left"
                + " to evaluate (evaluate on sequences the model was not trained on)"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void aModelTrainedWithAValidationFileIsNotEvaluatedOnItsTrainingFile() {
        Run r = Run.of("evaluate", "--model", withValidationFile.toString(), "--data", data.toString());
        assertEquals(CommandLine.USER_ERROR, r.exit(), r::toString);
        assertTrue(r.err().contains("all 20 sequences were in the model's training data"), r::toString);
    }

    @Test
    void leaveLastOutEvaluatesOnlyWhatFollowsTheTrainedPart() throws IOException {
        Path f = appended("4 5 6");
        Run r = Run.of("evaluate", "--model", leaveLastOut.toString(), "--data", f.toString(), "--json");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of("evaluating all 21 sequences in " + f + "; 20 of them begin with a sequence the model was"
                + " trained on, and only the items after that part are evaluated"), r.errLines());
        assertEquals(20 * 2 + 2, targets(r));
    }

    @Test
    void anOldModelWithoutTrainingSequencesStillEvaluatesWithANote() throws IOException {
        Path old = dir.resolve("old.zip");
        Map<String, byte[]> entries = ZipEntries.read(holdout);
        entries.remove("training-sequences.bin");
        String json = new String(entries.get("seqlab.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll(",\"trainingSequences\":\\d+", "");
        assertFalse(json.contains("trainingSequences"));
        entries.put("seqlab.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ZipEntries.write(old, entries);
        Path f = appended("2 3 4");
        Run r = Run.of("evaluate", "--model", old.toString(), "--data", f.toString(), "--json");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of("note: this model was saved before SeqLab recorded which sequences it was trained on, so"
                + " any of " + f + "'s sequences it was trained on are evaluated too (retrain it to have them left"
                + " out)"), r.errLines());
        assertEquals(21 * 4 - 2, targets(r));
        Run same = Run.of("evaluate", "--model", old.toString(), "--data", data.toString(), "--json");
        assertEquals(8, targets(same), "the unchanged training file: its test part, as before");
    }
}
