package seqlab.runs;

import java.util.List;
import java.util.function.BooleanSupplier;

import seqlab.data.DataFingerprint;
import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.model.MemoryLimits;
import seqlab.model.ModelConfig;
import seqlab.model.PreparedData;
import seqlab.model.TrainedModel;
import seqlab.model.Trainer;
import seqlab.model.TrainingEstimate;
import seqlab.model.TrainingException;
import seqlab.model.TrainingListener;
import seqlab.model.TrainingOutcome;

/**
 * Trains configurations one after another on the same data, recording each run. A run that
 * fails is recorded and the queue goes on; a stop request ends the current run (recorded as
 * stopped) and the queue.
 */
public final class SweepRunner {

    /** Hears about the queue. Called on the thread that runs the sweep. */
    public interface Listener {
        /** Before run {@code index} (0-based) of {@code total}; returns the listener for its epochs. */
        default TrainingListener starting(int index, int total, ModelConfig config) {
            return TrainingListener.none();
        }

        /** After each run, with its record and its model (null when it failed). */
        void finished(int index, int total, RunRecord record, TrainedModel model);
    }

    private final SequenceData data;
    private final ItemLabels labels;
    private final SequenceData validation;

    /**
     * @param data       the sequences every run trains on
     * @param labels     display names
     * @param validation held-out validation sequences instead of a split, or null
     */
    public SweepRunner(SequenceData data, ItemLabels labels, SequenceData validation) {
        this.data = data;
        this.labels = labels;
        this.validation = validation;
    }

    /**
     * Trains {@code configs} in order, on the calling thread (hashing the data for the records too).
     *
     * @param group    names the sweep in every record
     * @param stop     polled between minibatches and between runs
     * @return the records, in order (fewer than configs when stopped)
     */
    public List<RunRecord> run(String group, List<ModelConfig> configs, Listener listener, BooleanSupplier stop) {
        List<RunRecord> records = new java.util.ArrayList<>();
        DataFingerprint fingerprint = DataFingerprint.of(data);
        for (int i = 0; i < configs.size() && !stop.getAsBoolean(); i++) {
            ModelConfig config = configs.get(i);
            TrainingListener epochs = listener.starting(i, configs.size(), config);
            RunRecorder recorder = new RunRecorder(group, config, fingerprint, epochs);
            RunRecord record;
            TrainedModel model = null;
            try {
                PreparedData prepared = PreparedData.prepare(data, labels, config, validation);
                TrainingEstimate.Verdict verdict = TrainingEstimate.of(prepared).check(MemoryLimits.current());
                if (!verdict.fits()) {
                    throw new TrainingException(verdict.refusal());
                }
                TrainingOutcome outcome = new Trainer(prepared).train(recorder, stop);
                model = outcome.model();
                record = recorder.finished(outcome);
            } catch (RuntimeException | OutOfMemoryError e) {
                record = recorder.failed(e);
            }
            records.add(record);
            listener.finished(i, configs.size(), record, model);
        }
        return records;
    }
}
