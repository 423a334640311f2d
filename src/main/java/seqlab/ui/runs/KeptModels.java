package seqlab.ui.runs;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import seqlab.model.TrainedModel;
import seqlab.runs.RunRecord;

/**
 * The models of this window's runs, held in memory, and which of them the user keeps (saved with the
 * experiment). A failed run, or one opened from an experiment without its model, has none.
 */
final class KeptModels {

    private final Map<String, TrainedModel> models = new HashMap<>();
    private final ObservableSet<String> kept = FXCollections.observableSet();

    void add(RunRecord record, TrainedModel model) {
        if (model != null) {
            models.put(record.id(), model);
        }
    }

    void replaceAll(Map<String, TrainedModel> keptModels) {
        models.clear();
        kept.clear();
        models.putAll(keptModels);
        kept.addAll(keptModels.keySet());
    }

    TrainedModel model(RunRecord r) {
        return models.get(r.id());
    }

    /**
     * Keeps the runs not kept and lets go of the kept ones.
     *
     * @return the runs that have no model to keep
     */
    List<RunRecord> toggle(List<RunRecord> records) {
        return records.stream().filter(r -> {
            if (kept.contains(r.id())) {
                kept.remove(r.id());
                return false;
            }
            if (models.containsKey(r.id())) {
                kept.add(r.id());
                return false;
            }
            return true;
        }).toList();
    }

    /** The kept models, in the order of {@code runs}. */
    Map<String, TrainedModel> keptAmong(List<RunRecord> runs) {
        Map<String, TrainedModel> m = new LinkedHashMap<>();
        for (RunRecord r : runs) {
            if (kept.contains(r.id()) && models.containsKey(r.id())) {
                m.put(r.id(), models.get(r.id()));
            }
        }
        return m;
    }

    ObservableSet<String> keptIds() {
        return kept;
    }
}
