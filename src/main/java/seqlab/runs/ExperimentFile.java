package seqlab.runs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import seqlab.data.ArchiveReader;
import seqlab.data.DataException;
import seqlab.data.JsonCodec;
import seqlab.data.OutputFile;
import seqlab.data.ReadOptions;
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
                    Map<String, String> labels, ModelConfig settings, List<RunRecord> runs, List<String> keptModels,
                    Reading reading) {
    }

    /** How the data file is read; absent in files saved before it was stored (read as detected). */
    record Reading(ReadOptions.Format format, String sequenceColumn, String itemColumn, String timeColumn,
                   String delimiter, String labelColumn) {

        static Reading of(ReadOptions o) {
            return new Reading(o.format(), o.sequenceColumn(), o.itemColumn(), o.timeColumn(),
                    o.delimiter() == null ? null : o.delimiter().toString(), o.labelColumn());
        }

        ReadOptions options() {
            return new ReadOptions(format == null ? ReadOptions.Format.AUTO : format, sequenceColumn, itemColumn,
                    timeColumn, delimiter == null || delimiter.length() != 1 ? null : delimiter.charAt(0), labelColumn);
        }
    }

    /** Saves {@code experiment} to {@code file}. */
    public static void save(Experiment experiment, Path file) throws IOException {
        Document doc = new Document(FORMAT, VERSION,
                experiment.dataFile() == null ? null : experiment.dataFile().toString(), experiment.fingerprint(),
                experiment.sequences(), experiment.labels(), experiment.settings(), experiment.runs(),
                List.copyOf(experiment.models().keySet()), Reading.of(experiment.reading()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(DOCUMENT_ENTRY));
            zip.write(JsonCodec.mapper().writeValueAsBytes(doc));
            zip.closeEntry();
            for (Map.Entry<String, TrainedModel> m : experiment.models().entrySet()) {
                zip.putNextEntry(new ZipEntry(MODELS + m.getKey() + ".zip"));
                ModelBundle.write(m.getValue(), null, zip);
                zip.closeEntry();
            }
        }
        OutputFile.write(file, bytes.toByteArray());
    }

    /**
     * Opens an experiment file (the data itself is read by {@link Experiment#data}).
     *
     * @throws DataException when the file is missing, not an experiment, from another version,
     *                       damaged or inconsistent (impossible settings included), naming the file,
     *                       the entry and the problem
     */
    public static Experiment load(Path file) {
        String name = file.toString();
        try (ArchiveReader zip = ArchiveReader.open(file, name, "SeqLab experiment file")) {
            if (!zip.has(DOCUMENT_ENTRY)) {
                throw new DataException(name + ": not a SeqLab experiment file (expected a zip holding "
                        + DOCUMENT_ENTRY + ")");
            }
            Document doc = zip.json(DOCUMENT_ENTRY, zip.limitByRatio(DOCUMENT_ENTRY, ArchiveReader.DOCUMENT_CEILING),
                    JsonCodec.mapper(), Document.class);
            if (!FORMAT.equals(doc.format())) {
                throw new DataException(name + ": not a SeqLab experiment file (format '" + doc.format() + "')");
            }
            if (doc.version() != VERSION) {
                throw new DataException(name + ": experiment format version " + doc.version()
                        + ", but this SeqLab reads version " + VERSION + (doc.version() > VERSION
                        ? "; open it with a newer SeqLab" : ""));
            }
            check(zip, doc);
            Map<String, TrainedModel> kept = new LinkedHashMap<>();
            for (String id : doc.keptModels() == null ? List.<String>of() : doc.keptModels()) {
                String entry = MODELS + id + ".zip";
                zip.check(zip.has(entry), entry, "missing: the kept model of run " + id);
                kept.put(id, model(zip, entry, zip.read(entry, zip.limitByRatio(entry, ArchiveReader.CEILING),
                        "a kept model")));
            }
            return new Experiment(doc.dataFile() == null ? null : Path.of(doc.dataFile()), doc.data(),
                    doc.sequences(), doc.labels(), doc.settings(), doc.runs() == null ? List.of() : doc.runs(), kept,
                    reading(zip, doc));
        }
    }

    private static ReadOptions reading(ArchiveReader zip, Document doc) {
        try {
            return doc.reading() == null ? ReadOptions.auto() : doc.reading().options();
        } catch (DataException e) {
            throw zip.problem(DOCUMENT_ENTRY, "'reading' is not usable (" + e.getMessage() + ")");
        }
    }

    /** Checks everything the description says before any of it is used. */
    private static void check(ArchiveReader zip, Document doc) {
        String e = DOCUMENT_ENTRY;
        DataFingerprint data = zip.present(doc.data(), e, "data");
        zip.check(data.sha256() != null && data.source() != null, e, "'data' is incomplete (no source or hash)");
        ModelBundle.requireValid(zip, e, "settings", zip.present(doc.settings(), e, "settings"));
        zip.check(doc.dataFile() != null || doc.sequences() != null, e,
                "neither the data file ('dataFile') nor the sequences are stored");
        if (doc.dataFile() != null) {
            try {
                Path.of(doc.dataFile());
            } catch (java.nio.file.InvalidPathException ex) {
                throw zip.problem(e, "'dataFile' is not a file name (" + ex.getMessage() + ")");
            }
        }
        if (doc.sequences() != null) {
            for (int i = 0; i < doc.sequences().size(); i++) {
                List<String> s = doc.sequences().get(i);
                zip.check(s != null && !s.isEmpty() && s.stream().noneMatch(t -> t == null || t.isBlank()), e,
                        "sequence " + (i + 1) + " of 'sequences' is empty or has an empty item");
            }
        }
        if (doc.labels() != null) {
            zip.check(doc.labels().entrySet().stream().allMatch(l -> l.getKey() != null && l.getValue() != null), e,
                    "a label in 'labels' is empty");
        }
        Set<String> ids = new HashSet<>();
        List<RunRecord> runs = doc.runs() == null ? List.of() : doc.runs();
        for (int i = 0; i < runs.size(); i++) {
            RunRecord r = runs.get(i);
            zip.check(r != null && r.id() != null && !r.id().isBlank(), e, "run " + (i + 1) + " of 'runs' has no id");
            zip.check(ids.add(r.id()), e, "run id '" + r.id() + "' appears twice in 'runs'");
            zip.check(r.settings() != null && r.outcome() != null, e, "run " + r.id() + " has no settings or outcome");
            zip.check(r.epochs().stream().noneMatch(java.util.Objects::isNull), e, "run " + r.id() + " holds an empty epoch");
        }
        for (String id : doc.keptModels() == null ? List.<String>of() : doc.keptModels()) {
            zip.check(id != null && ids.contains(id), e, "a kept model belongs to run '" + id
                    + "', which is not in 'runs'");
        }
    }

    private static TrainedModel model(ArchiveReader zip, String entry, byte[] bytes) {
        return ModelBundle.read(new ByteArrayInputStream(bytes), zip.name() + ": " + entry);
    }
}
