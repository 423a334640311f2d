package seqlab.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import seqlab.data.DataException;
import seqlab.data.OutputFile;
import seqlab.data.DataFingerprint;
import seqlab.model.ModelBundle;
import seqlab.model.ModelConfig;
import seqlab.model.TrainedModel;

/**
 * Saves and opens an {@link Experiment} as one zip file: {@code experiment.json} (format
 * {@value #FORMAT}, version {@value #VERSION}: data reference or inline sequences, labels,
 * settings, runs) and one {@code models/<run id>.zip} {@link ModelBundle} per kept model. Saving
 * writes a temporary file and moves it into place, so a failed save never destroys the last good file.
 */
public final class ExperimentFile {

    /** Identifies the file format. */
    public static final String FORMAT = "seqlab-experiment";
    /** The format version this build writes and reads. */
    public static final int VERSION = 1;
    /** The usual file name extension. */
    public static final String EXTENSION = ".seqlab";
    private static final String DOCUMENT_ENTRY = "experiment.json";
    private static final String MODELS = "models/";

    private ExperimentFile() {
    }

    /** The stored document. */
    record Document(String format, int version, String dataFile, DataFingerprint data, List<List<String>> sequences,
                    Map<String, String> labels, ModelConfig settings, List<RunRecord> runs, List<String> keptModels) {
    }

    /** Saves {@code experiment} to {@code file}. */
    public static void save(Experiment experiment, Path file) throws IOException {
        Document doc = new Document(FORMAT, VERSION,
                experiment.dataFile() == null ? null : experiment.dataFile().toString(), experiment.fingerprint(),
                experiment.sequences(), experiment.labels(), experiment.settings(), experiment.runs(),
                List.copyOf(experiment.models().keySet()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(DOCUMENT_ENTRY));
            zip.write(RunHistory.JSON.writeValueAsBytes(doc));
            zip.closeEntry();
            for (Map.Entry<String, TrainedModel> m : experiment.models().entrySet()) {
                zip.putNextEntry(new ZipEntry(MODELS + m.getKey() + ".zip"));
                zip.write(modelBytes(m.getValue()));
                zip.closeEntry();
            }
        }
        OutputFile.write(file, bytes.toByteArray());
    }

    private static byte[] modelBytes(TrainedModel model) throws IOException {
        Path tmp = Files.createTempFile("seqlab-model-", ".zip");
        try {
            ModelBundle.save(model, tmp);
            return Files.readAllBytes(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Opens an experiment file (the data itself is read by {@link Experiment#data}).
     *
     * @throws DataException when the file is missing, not an experiment, from another version, or damaged
     */
    public static Experiment load(Path file) {
        byte[] document = null;
        Map<String, byte[]> models = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals(DOCUMENT_ENTRY)) {
                    document = zip.readAllBytes();
                } else if (e.getName().startsWith(MODELS) && e.getName().endsWith(".zip")) {
                    models.put(e.getName().substring(MODELS.length(), e.getName().length() - 4), zip.readAllBytes());
                }
            }
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": file not found");
        } catch (ZipException | java.io.EOFException e) {
            throw new DataException(file + ": not a SeqLab experiment file, or damaged (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (document == null) {
            throw new DataException(file + ": not a SeqLab experiment file (expected a zip holding " + DOCUMENT_ENTRY
                    + ")");
        }
        Document doc;
        try {
            doc = RunHistory.JSON.readValue(document, Document.class);
        } catch (IOException e) {
            throw new DataException(file + ": damaged experiment description (" + RunHistory.firstLine(e.getMessage())
                    + ")");
        }
        if (doc == null || !FORMAT.equals(doc.format())) {
            throw new DataException(file + ": not a SeqLab experiment file (format '"
                    + (doc == null ? null : doc.format()) + "')");
        }
        if (doc.version() != VERSION) {
            throw new DataException(file + ": experiment format version " + doc.version()
                    + ", but this SeqLab reads version " + VERSION + (doc.version() > VERSION
                    ? "; open it with a newer SeqLab" : ""));
        }
        if (doc.data() == null || doc.settings() == null || (doc.dataFile() == null && doc.sequences() == null)) {
            throw new DataException(file + ": damaged experiment description (data or settings missing)");
        }
        Map<String, TrainedModel> kept = new LinkedHashMap<>();
        for (String id : doc.keptModels() == null ? List.<String>of() : doc.keptModels()) {
            byte[] bytes = models.get(id);
            if (bytes == null) {
                throw new DataException(file + ": damaged: the kept model of run " + id + " is missing");
            }
            kept.put(id, model(file, id, bytes));
        }
        return new Experiment(doc.dataFile() == null ? null : Path.of(doc.dataFile()), doc.data(), doc.sequences(),
                doc.labels(), doc.settings(), doc.runs() == null ? List.of() : doc.runs(), kept);
    }

    private static TrainedModel model(Path file, String id, byte[] bytes) {
        try {
            Path tmp = Files.createTempFile("seqlab-model-", ".zip");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(bytes);
            }
            try {
                return ModelBundle.load(tmp);
            } catch (DataException e) {
                throw new DataException(file + ": damaged: the kept model of run " + id + " cannot be read ("
                        + e.getMessage().replace(tmp.toString() + ": ", "") + ")");
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new DataException(file + ": cannot unpack the model of run " + id + " (" + e.getMessage() + ")");
        }
    }
}
