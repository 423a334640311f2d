package seqlab.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The models of one training run as they were after each epoch ({@link TrainingListener#onEpochModel}).
 * Kept in memory up to a budget of weight bytes; the weights of later epochs go to a temporary
 * file (deleted on {@link #close} and at JVM exit) and are read back when asked for. The first
 * epoch kept always stays in memory: it carries everything the epochs share (config, vocabulary,
 * baselines). Thread-safe.
 */
public final class EpochSnapshots implements AutoCloseable {

    /** The default in-memory budget: 64 MB of weights. */
    public static final long DEFAULT_BUDGET_BYTES = 64L << 20;

    private record Spilled(long offset, int length, List<EpochMetrics> history) {
    }

    private final long budgetBytes;
    private final Map<Integer, TrainedModel> inMemory = new LinkedHashMap<>();
    private final Map<Integer, Spilled> spilled = new LinkedHashMap<>();
    private final List<Integer> epochs = new ArrayList<>();
    private TrainedModel template;
    private long memoryBytes;
    private File file;
    private RandomAccessFile spill;
    private int lastLoadedEpoch = -1;
    private TrainedModel lastLoaded;
    private boolean closed;
    private final File directory;
    private String problem = "";

    /** Snapshots with the {@link #DEFAULT_BUDGET_BYTES default budget}. */
    public EpochSnapshots() {
        this(DEFAULT_BUDGET_BYTES);
    }

    /**
     * @param budgetBytes how many bytes of weights stay in memory before epochs are written to disk
     * @throws IllegalArgumentException when the budget is negative
     */
    public EpochSnapshots(long budgetBytes) {
        this(budgetBytes, null);
    }

    /** Snapshots whose temporary file goes in {@code directory} (null: the default temporary directory). */
    EpochSnapshots(long budgetBytes, File directory) {
        if (budgetBytes < 0) {
            throw new IllegalArgumentException("the memory budget for epoch snapshots must not be negative: "
                    + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
        this.directory = directory;
    }

    /**
     * Keeps {@code model} as the model after {@code epoch}.
     *
     * @throws IllegalArgumentException when that epoch is already kept or the model has other
     *                                  items than the epochs before it
     * @return whether it is kept: false when it had to go to the temporary file and that could not be
     *         written (disk full, no temporary directory), then and for every later epoch that would go
     *         there; {@link #problem()} says why. Training goes on either way.
     * @throws IllegalStateException    after {@link #close}
     */
    public synchronized boolean add(int epoch, TrainedModel model) {
        if (closed) {
            throw new IllegalStateException("epoch snapshots are closed");
        }
        if (epochs.contains(epoch)) {
            throw new IllegalArgumentException("epoch " + epoch + " is already kept");
        }
        if (template != null && template.vocabulary().size() != model.vocabulary().size()) {
            throw new IllegalArgumentException("epoch " + epoch + " has " + model.vocabulary().size()
                    + " items, the run's earlier epochs " + template.vocabulary().size());
        }
        long bytes = model.weightBytes();
        if (template == null || memoryBytes + bytes <= budgetBytes) {
            if (template == null) {
                template = model;
            }
            inMemory.put(epoch, model);
            memoryBytes += bytes;
        } else if (!problem.isEmpty()) {
            return false;
        } else {
            try {
                spilled.put(epoch, write(model));
            } catch (UncheckedIOException e) {
                problem = "epoch " + epoch + " and later ones are not kept for looking back: " + e.getMessage();
                return false;
            }
        }
        epochs.add(epoch);
        return true;
    }

    /** {@link #add(int, TrainedModel)}, telling {@code firstProblem} why the first time an epoch is not kept. */
    public synchronized boolean add(int epoch, TrainedModel model, Consumer<String> firstProblem) {
        boolean hadProblem = !problem.isEmpty();
        boolean kept = add(epoch, model);
        if (!kept && !hadProblem) {
            firstProblem.accept(problem);
        }
        return kept;
    }

    /** Why epochs stopped being kept (the temporary file could not be written), or empty. */
    public synchronized String problem() {
        return problem;
    }

    /** The epochs kept, in the order they were added. */
    public synchronized List<Integer> epochs() {
        return List.copyOf(epochs);
    }

    /** How many epochs are kept. */
    public synchronized int size() {
        return epochs.size();
    }

    /** Whether {@code epoch} is kept in memory (false when on disk or not kept). */
    public synchronized boolean inMemory(int epoch) {
        return inMemory.containsKey(epoch);
    }

    /** Whether {@code epoch} is kept. */
    public synchronized boolean contains(int epoch) {
        return epochs.contains(epoch);
    }

    /**
     * The metrics of every epoch up to {@code epoch}, without reading its weights back.
     *
     * @throws IllegalArgumentException when that epoch is not kept
     */
    public synchronized List<EpochMetrics> history(int epoch) {
        TrainedModel model = inMemory.get(epoch);
        if (model != null) {
            return model.history();
        }
        Spilled s = spilled.get(epoch);
        if (s == null) {
            throw new IllegalArgumentException("epoch " + epoch + " is not kept; kept: " + epochs);
        }
        return s.history();
    }

    /** The model of the last epoch added, or null when none is. */
    public synchronized TrainedModel latest() {
        return epochs.isEmpty() ? null : model(epochs.get(epochs.size() - 1));
    }

    /**
     * The model after {@code epoch}; read back from the temporary file when it was written there.
     *
     * @throws IllegalArgumentException when that epoch is not kept
     * @throws IllegalStateException    after {@link #close}
     */
    public synchronized TrainedModel model(int epoch) {
        if (closed) {
            throw new IllegalStateException("epoch snapshots are closed");
        }
        TrainedModel model = inMemory.get(epoch);
        if (model != null) {
            return model;
        }
        Spilled s = spilled.get(epoch);
        if (s == null) {
            throw new IllegalArgumentException("epoch " + epoch + " is not kept; kept: " + epochs);
        }
        if (lastLoadedEpoch != epoch) {
            lastLoaded = read(s);
            lastLoadedEpoch = epoch;
        }
        return lastLoaded;
    }

    /** Forgets every epoch and deletes the temporary file. */
    @Override
    public synchronized void close() {
        closed = true;
        inMemory.clear();
        spilled.clear();
        lastLoaded = null;
        template = null;
        if (spill != null) {
            try {
                spill.close();
            } catch (IOException ignored) {
                // the file is deleted below or at exit
            }
            spill = null;
        }
        if (file != null && !file.delete()) {
            file.deleteOnExit();
        }
        file = null;
    }

    private Spilled write(TrainedModel model) {
        INDArray params = model.params();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                Nd4j.write(params, out);
            }
            if (spill == null) {
                file = File.createTempFile("seqlab-epochs-", ".bin", directory);
                file.deleteOnExit();
                spill = new RandomAccessFile(file, "rw");
            }
            long offset = spill.length();
            spill.seek(offset);
            spill.write(bytes.toByteArray());
            return new Spilled(offset, bytes.size(), model.history());
        } catch (IOException e) {
            Object where = file != null ? file : directory != null ? directory : System.getProperty("java.io.tmpdir");
            throw new UncheckedIOException("could not write an epoch's weights to a temporary file in " + where
                    + ": " + e.getMessage(), e);
        } finally {
            NativeArrays.close(params);
        }
    }

    private TrainedModel read(Spilled s) {
        byte[] bytes = new byte[s.length()];
        try {
            spill.seek(s.offset());
            spill.readFully(bytes);
            INDArray params = Nd4j.read(new DataInputStream(new ByteArrayInputStream(bytes)));
            try {
                return template.withParams(params, s.history());
            } finally {
                NativeArrays.close(params);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read an epoch's weights back from " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
