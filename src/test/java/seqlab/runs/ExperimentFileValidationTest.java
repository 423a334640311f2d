package seqlab.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import seqlab.data.DataException;
import seqlab.data.ItemLabels;
import seqlab.model.ModelConfig;
import seqlab.model.TrainedModel;
import seqlab.ZipEntries;

/** Experiment files whose content is impossible or inconsistent are refused with the file, entry and problem named. */
class ExperimentFileValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ModelConfig TINY = ModelConfig.builder().embeddingDim(4).units(4).epochs(1).build();

    @TempDir
    Path dir;

    private Path saved(Map<String, TrainedModel> models, List<RunRecord> runs) throws IOException {
        Path file = dir.resolve("x.seqlab");
        ExperimentFile.save(Experiment.of(RunsTestData.toy(), null, ItemLabels.none(), TINY, runs, models), file);
        return file;
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        return ZipEntries.read(file);
    }

    private Path rewritten(Map<String, byte[]> entries) throws IOException {
        return ZipEntries.write(dir.resolve("edited.seqlab"), entries);
    }

    private static String refused(Path file) {
        DataException e = assertThrows(DataException.class, () -> ExperimentFile.load(file));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void impossibleSettingsAreRefusedNamingTheSetting() throws IOException {
        Map<String, byte[]> entries = entries(saved(Map.of(), List.of()));
        ObjectNode doc = (ObjectNode) JSON.readTree(entries.get("experiment.json"));
        ((ObjectNode) doc.get("settings")).put("units", -5);
        entries.put("experiment.json", JSON.writeValueAsBytes(doc));
        Path file = rewritten(entries);
        String m = refused(file);
        assertTrue(m.startsWith(file + ": experiment.json: impossible setting 'units' in 'settings': "), m);
        assertTrue(m.contains("-5") || m.toLowerCase().contains("units"), m);
    }

    @Test
    void aKeptModelThatIsNotThereIsNamed() throws IOException {
        List<TrainedModel> models = new java.util.ArrayList<>();
        List<RunRecord> runs = new SweepRunner(RunsTestData.toy(), ItemLabels.none(), null).run("g", List.of(TINY),
                (i, n, r, m) -> models.add(m), () -> false);
        String id = runs.get(0).id();
        Map<String, byte[]> entries = entries(saved(Map.of(id, models.get(0)), runs));
        assertTrue(entries.containsKey("models/" + id + ".zip"));

        Map<String, byte[]> damaged = new LinkedHashMap<>(entries);
        byte[] model = damaged.get("models/" + id + ".zip");
        damaged.put("models/" + id + ".zip", java.util.Arrays.copyOf(model, 40));
        Path file = rewritten(damaged);
        assertTrue(refused(file).startsWith(file + ": models/" + id + ".zip: not a SeqLab model file"), refused(file));

        entries.remove("models/" + id + ".zip");
        file = rewritten(entries);
        assertEquals(file + ": models/" + id + ".zip: missing: the kept model of run " + id, refused(file));
    }

    @Test
    void aDescriptionThatExpandsFarBeyondItsSizeIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("experiment.json"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 128; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        Path file = Files.write(dir.resolve("bomb.seqlab"), bytes.toByteArray());
        String m = refused(file);
        assertTrue(m.startsWith(file + ": experiment.json: expands to more than "), m);
    }
}
