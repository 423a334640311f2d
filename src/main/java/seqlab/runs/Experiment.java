package seqlab.runs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import seqlab.data.DataException;
import seqlab.data.DataFingerprint;
import seqlab.data.ItemLabels;
import seqlab.data.ReadOptions;
import seqlab.data.SequenceData;
import seqlab.data.SequenceReader;
import seqlab.model.ModelConfig;
import seqlab.model.TrainedModel;

/**
 * A whole session: the data (a reference to its file with its hash, or the sequences inline),
 * item labels, the current settings, the run history and the trained models chosen to keep.
 * Saved and opened by {@link ExperimentFile}.
 *
 * @param dataFile    the data file, or null when the sequences are inline
 * @param fingerprint the data's fingerprint (source name, size, SHA-256)
 * @param sequences   the sequences when stored inline (typed, edited or bundled data), else null
 * @param labels      item labels (token to label)
 * @param settings    the settings in use
 * @param runs        the run history, oldest first
 * @param models      kept models by run id
 * @param reading     how the data file is read (the columns chosen on import); {@link ReadOptions#auto()} for
 *                    inline data and for experiments saved before this was stored
 */
public record Experiment(Path dataFile, DataFingerprint fingerprint, List<List<String>> sequences,
                         Map<String, String> labels, ModelConfig settings, List<RunRecord> runs,
                         Map<String, TrainedModel> models, ReadOptions reading) {

    public Experiment {
        reading = reading == null || sequences != null ? ReadOptions.auto() : reading;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        runs = List.copyOf(runs);
        models = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(models));
    }

    /**
     * An experiment for {@code data}: referenced by {@code dataFile} when given, otherwise inline.
     */
    public static Experiment of(SequenceData data, Path dataFile, ItemLabels labels, ModelConfig settings,
                                List<RunRecord> runs, Map<String, TrainedModel> models) {
        return of(data, dataFile, ReadOptions.auto(), labels, settings, runs, models);
    }

    /** An experiment for {@code data}, whose file (when given) is read with {@code reading}. */
    public static Experiment of(SequenceData data, Path dataFile, ReadOptions reading, ItemLabels labels,
                                ModelConfig settings, List<RunRecord> runs, Map<String, TrainedModel> models) {
        return new Experiment(dataFile == null ? null : dataFile.toAbsolutePath(), DataFingerprint.of(data),
                dataFile == null ? data.sequences() : null, labels == null ? Map.of() : labels.labels(), settings,
                runs, models, reading);
    }

    /** Whether the sequences are stored in the experiment itself. */
    public boolean inline() {
        return sequences != null;
    }

    /** The item labels. */
    public ItemLabels itemLabels() {
        return new ItemLabels(labels, List.of());
    }

    /**
     * The data: the inline sequences, or the referenced file read again and checked against the
     * saved hash.
     *
     * @throws DataException when the file is gone or its content changed since the experiment was saved
     */
    public SequenceData data(SequenceReader reader) {
        if (inline()) {
            return SequenceData.of(fingerprint.source(), sequences);
        }
        SequenceData read = reader.read(dataFile);
        DataFingerprint now = DataFingerprint.of(read);
        if (!now.sameContent(fingerprint)) {
            throw new DataException(dataFile + ": the data changed since the experiment was saved (it had "
                    + fingerprint.sequences() + " sequences and " + fingerprint.events() + " events, now "
                    + now.sequences() + " and " + now.events() + "); the runs were trained on the old content");
        }
        return read;
    }
}
