package seqlab.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static seqlab.RunAssertions.assertSameRuns;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqlab.ToyData;
import seqlab.ZipEntries;
import seqlab.data.DataException;
import seqlab.data.ItemLabels;
import seqlab.data.ReadOptions;
import seqlab.data.SequenceData;
import seqlab.data.SequenceReader;
import seqlab.model.ModelConfig;
import seqlab.model.TrainedModel;

class ExperimentFileTest {

    @TempDir
    Path dir;

    private static final ModelConfig TINY = ModelConfig.builder().embeddingDim(4).units(4).epochs(3)
            .learningRate(0.02).build();

    @Test
    void inlineDataLabelsSettingsRunsAndKeptModelsComeBackTheSame() throws Exception {
        SequenceData toy = RunsTestData.toy();
        List<TrainedModel> models = new java.util.ArrayList<>();
        List<RunRecord> runs = new SweepRunner(toy, ItemLabels.none(), null).run("g",
                List.of(TINY, TINY.toBuilder().units(8).build()), (i, n, r, m) -> models.add(m), () -> false);
        ItemLabels labels = new ItemLabels(Map.of("1", "one", "2", "two, too"), List.of());
        Experiment saved = Experiment.of(toy, null, labels, TINY.toBuilder().epochs(7).build(), runs,
                Map.of(runs.get(1).id(), models.get(1)));
        Path file = dir.resolve("session" + ExperimentFile.EXTENSION);
        ExperimentFile.save(saved, file);

        Experiment opened = ExperimentFile.load(file);
        assertTrue(opened.inline());
        assertNull(opened.dataFile());
        assertEquals(toy.sequences(), opened.data(new SequenceReader()).sequences());
        assertEquals(saved.fingerprint(), opened.fingerprint());
        assertEquals(labels.labels(), opened.labels());
        assertEquals(7, opened.settings().epochs());
        assertSameRuns(runs, opened.runs());
        assertEquals(List.of(runs.get(1).id()), List.copyOf(opened.models().keySet()));
        TrainedModel model = opened.models().get(runs.get(1).id());
        assertEquals(models.get(1).config(), model.config());
        assertEquals(models.get(1).predict("1 2", 0).items(), model.predict("1 2", 0).items());
    }

    @Test
    void aReferencedFileIsReadAgainAndCheckedAgainstItsHash() throws Exception {
        Path data = dir.resolve("toy.txt");
        Files.writeString(data, ToyData.TEXT);
        SequenceData read = new SequenceReader().read(data);
        Path file = dir.resolve("ref.seqlab");
        ExperimentFile.save(Experiment.of(read, data, ItemLabels.none(), TINY, List.of(), Map.of()), file);
        Experiment opened = ExperimentFile.load(file);
        assertEquals(data.toAbsolutePath(), opened.dataFile());
        assertEquals(read.sequences(), opened.data(new SequenceReader()).sequences());

        Files.writeString(data, "1 2 3\n4 2 5\n");
        DataException e = assertThrows(DataException.class, () -> opened.data(new SequenceReader()));
        assertTrue(e.getMessage().contains("the data changed since the experiment was saved"), e.getMessage());
    }

    @Test
    void theColumnsChosenOnImportAreSavedAndFilesSavedBeforeThemStillOpen() throws Exception {
        Path data = Files.writeString(dir.resolve("purchases.csv"), "customer_id,product_name,purchase_date\n"
                + "c1,milk,13/01/2024\nc1,bread,02/01/2024\nc2,tea,01/02/2024\nc2,jam,03/02/2024\n");
        ReadOptions chosen = new ReadOptions(ReadOptions.Format.TABLE, "customer_id", "product_name", "purchase_date",
                ',', null);
        SequenceData read = new SequenceReader(chosen).read(data);
        Path file = dir.resolve("imported.seqlab");
        ExperimentFile.save(Experiment.of(read, data, chosen, ItemLabels.none(), TINY, List.of(), Map.of()), file);
        Experiment opened = ExperimentFile.load(file);
        assertEquals(chosen, opened.reading());
        assertEquals(List.of(List.of("bread", "milk"), List.of("tea", "jam")),
                opened.data(new SequenceReader(opened.reading())).sequences());

        Path old = ZipEntries.editJson(file, dir.resolve("old.seqlab"), "experiment.json", doc -> {
            assertTrue(doc.has("reading"));
            doc.remove("reading");
            return doc;
        });
        assertEquals(ReadOptions.auto(), ExperimentFile.load(old).reading());
    }

    private byte[] rewriteDocument(Path file, String from, String to) throws Exception {
        Map<String, byte[]> entries = ZipEntries.read(file);
        entries.put("experiment.json", new String(entries.get("experiment.json"), StandardCharsets.UTF_8)
                .replace(from, to).getBytes(StandardCharsets.UTF_8));
        return ZipEntries.bytes(entries);
    }

    @Test
    void otherVersionsAndDamagedFilesGiveClearMessages() throws Exception {
        Path file = dir.resolve("x.seqlab");
        ExperimentFile.save(Experiment.of(RunsTestData.toy(), null, ItemLabels.none(), TINY,
                List.of(RunsTestData.record("a", TINY, 0.3, RunOutcome.FINISHED)), Map.of()), file);
        Path other = dir.resolve("other.seqlab");

        Files.write(other, rewriteDocument(file, "\"version\":1", "\"version\":2"));
        assertMessage(other, "experiment format version 2, but this SeqLab reads version 1; open it with a newer SeqLab");

        Files.write(other, rewriteDocument(file, "\"format\":\"seqlab-experiment\"", "\"format\":\"seqlab-model\""));
        assertMessage(other, "not a SeqLab experiment file (format 'seqlab-model')");

        Files.write(other, rewriteDocument(file, "\"runs\":[", "\"runs\":[[}"));
        assertMessage(other, "experiment.json: 'runs[0]' has the wrong type or value");

        Files.write(other, rewriteDocument(file, "\"keptModels\":[]", "\"keptModels\":[\"zz\"]"));
        assertMessage(other, "experiment.json: a kept model belongs to run 'zz', which is not in 'runs'");

        Files.writeString(other, "1 2 3\n");
        assertMessage(other, "not a SeqLab experiment file");

        byte[] whole = Files.readAllBytes(file);
        Files.write(other, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertMessage(other, "damaged");

        assertMessage(dir.resolve("missing.seqlab"), "file not found");
    }

    private static void assertMessage(Path file, String part) {
        DataException e = assertThrows(DataException.class, () -> ExperimentFile.load(file));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
