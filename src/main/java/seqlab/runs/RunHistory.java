package seqlab.runs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import seqlab.data.CsvSplitter;
import seqlab.data.DataException;
import seqlab.data.JsonCodec;
import seqlab.data.OutputFile;
import seqlab.model.EpochMetrics;
import seqlab.model.Hyperparameter;

/**
 * The runs of a session, oldest first. Thread-safe. Saves and loads as versioned JSON
 * ({@value #FORMAT}, version {@value #VERSION}) and exports runs and curves as CSV.
 */
public final class RunHistory {

    /** Identifies a history file. */
    public static final String FORMAT = "seqlab-runs";
    /** The history format version this build writes and reads. */
    public static final int VERSION = 1;
    /** Metrics exported per scorer, in column order. */
    public static final List<String> CSV_METRICS = List.of("hr@10", "mrr@10", "ndcg@10", "loss");

    private static final ObjectMapper JSON = JsonCodec.mapper();

    private final List<RunRecord> runs = new ArrayList<>();

    /** An empty history. */
    public RunHistory() {
    }

    /** A history holding {@code records}. */
    public RunHistory(List<RunRecord> records) {
        runs.addAll(records);
    }

    /** Appends a run. */
    public synchronized void add(RunRecord run) {
        runs.add(run);
    }

    /** A copy of the runs, oldest first. */
    public synchronized List<RunRecord> runs() {
        return List.copyOf(runs);
    }

    public synchronized int size() {
        return runs.size();
    }

    /** The stored document. */
    record Document(String format, int version, List<RunRecord> runs) {
    }

    /** The history as JSON text. */
    public String toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(new Document(FORMAT, VERSION, runs()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a history from JSON text.
     *
     * @param source names the text in messages
     * @throws DataException when it is not a run history, from another version, or damaged
     */
    public static RunHistory fromJson(String source, String json) {
        Document doc;
        try {
            doc = JSON.readValue(json, Document.class);
        } catch (IOException e) {
            throw new DataException(source + ": damaged run history (" + firstLine(e.getMessage()) + ")");
        }
        if (doc == null || !FORMAT.equals(doc.format())) {
            throw new DataException(source + ": not a SeqLab run history (format '"
                    + (doc == null ? null : doc.format()) + "')");
        }
        if (doc.version() != VERSION) {
            throw new DataException(source + ": run history version " + doc.version() + ", but this SeqLab reads version "
                    + VERSION);
        }
        return new RunHistory(doc.runs() == null ? List.of() : doc.runs());
    }

    /** Saves to {@code file} (written to a temporary file first, then moved into place). */
    public void save(Path file) throws IOException {
        OutputFile.write(file, toJson().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Loads a history file.
     *
     * @throws DataException when missing, not a history, from another version, or damaged
     */
    public static RunHistory load(Path file) {
        try {
            return fromJson(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": file not found");
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /**
     * Adds {@code run} to the history in {@code file} (created when missing) and saves it. Safe
     * when several threads or processes append to the same file at once: the read, add and write
     * happen under a lock on a file beside it ({@code .NAME.lock}), so no run is lost.
     */
    public static void append(Path file, RunRecord run) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path lockFile = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".lock");
        synchronized (APPEND_LOCK) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                RunHistory h = Files.exists(file) ? load(file) : new RunHistory();
                h.add(run);
                h.save(file);
            }
        }
    }

    /** Threads of one process take this first: a process's file locks do not exclude each other. */
    private static final Object APPEND_LOCK = new Object();

    static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * One row per run: id, start, outcome, data, every hyperparameter, epochs, wall time, then
     * validation and test {@link #CSV_METRICS} for lstm, popularity and markov. RFC 4180 quoting,
     * numbers with a dot.
     */
    public static String runsCsv(List<RunRecord> records) {
        List<String> header = new ArrayList<>(List.of("id", "started", "group", "outcome", "message", "data_source",
                "data_sequences", "data_events", "data_sha256"));
        for (Hyperparameter h : Hyperparameter.values()) {
            header.add(h.key());
        }
        header.addAll(List.of("epochs_trained", "best_epoch", "wall_seconds"));
        for (String part : List.of("validation", "test")) {
            for (String scorer : RunRecord.SCORERS) {
                for (String metric : CSV_METRICS) {
                    header.add(part + "_" + scorer + "_" + metric);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        row(out, header);
        for (RunRecord r : records) {
            List<String> cells = new ArrayList<>(List.of(r.id(), r.started(), r.group(), r.outcome().name().toLowerCase(
                    Locale.ROOT), r.message(), r.data() == null ? "" : r.data().source(),
                    r.data() == null ? "" : Integer.toString(r.data().sequences()),
                    r.data() == null ? "" : Long.toString(r.data().events()),
                    r.data() == null ? "" : r.data().sha256()));
            for (Hyperparameter h : Hyperparameter.values()) {
                cells.add(h.text(r.settings()));
            }
            cells.add(Integer.toString(r.epochsTrained()));
            cells.add(Integer.toString(r.bestEpoch()));
            cells.add(num(r.wallSeconds()));
            for (String scorer : RunRecord.SCORERS) {
                for (String metric : CSV_METRICS) {
                    cells.add(num(r.validationValue(scorer, metric)));
                }
            }
            for (String scorer : RunRecord.SCORERS) {
                for (String metric : CSV_METRICS) {
                    cells.add(num(r.testValue(scorer, metric)));
                }
            }
            row(out, cells);
        }
        return out.toString();
    }

    /** One row per run and epoch: run id, epoch, training loss and accuracy, validation loss and metrics. */
    public static String curvesCsv(List<RunRecord> records) {
        Set<String> metrics = new LinkedHashSet<>();
        records.forEach(r -> r.epochs().forEach(m -> metrics.addAll(new java.util.TreeSet<>(m.validation().keySet()))));
        List<String> header = new ArrayList<>(List.of("run", "epoch", "train_loss", "train_accuracy",
                "validation_loss"));
        metrics.forEach(m -> header.add("validation_" + m));
        header.addAll(List.of("seconds", "targets_per_second"));
        StringBuilder out = new StringBuilder();
        row(out, header);
        for (RunRecord r : records) {
            for (EpochMetrics m : r.epochs()) {
                List<String> cells = new ArrayList<>(List.of(r.id(), Integer.toString(m.epoch()), num(m.trainLoss()),
                        num(m.trainAccuracy()), num(m.validationLoss())));
                metrics.forEach(k -> cells.add(num(m.val(k))));
                cells.add(num(m.seconds()));
                cells.add(num(m.targetsPerSecond()));
                row(out, cells);
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cells.get(i) == null ? "" : CsvSplitter.quote(cells.get(i)));
        }
        out.append("\r\n");
    }


    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v).strip() : "";
    }
}
