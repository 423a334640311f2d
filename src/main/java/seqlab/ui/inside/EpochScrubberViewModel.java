package seqlab.ui.inside;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import seqlab.model.EpochMetrics;
import seqlab.model.EpochSnapshots;
import seqlab.model.TrainedModel;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.common.UiText;
import seqlab.ui.concurrent.BackgroundTask;
import seqlab.ui.concurrent.Runners;

/**
 * Which model the inside views show: an epoch of the current run's snapshots (following the
 * latest one by default), or the workbench's current model when the run kept none.
 */
public class EpochScrubberViewModel {

    private final ObjectProperty<TrainedModel> currentModel = new SimpleObjectProperty<>();
    private final ObjectProperty<EpochSnapshots> snapshots = new SimpleObjectProperty<>();
    private final ObservableList<Integer> epochs = FXCollections.observableArrayList();
    private final BooleanProperty followLatest = new SimpleBooleanProperty(true);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final IntegerProperty selectedEpoch = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<TrainedModel> shownModel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");
    private final Runners runners;
    private long requested;
    private boolean loading;
    private boolean reloadAfterLoad;

    public EpochScrubberViewModel(Runners runners) {
        this.runners = runners;
        currentModel.addListener((obs, old, now) -> update());
        snapshots.addListener((obs, old, now) -> update());
        running.addListener((obs, old, now) -> update());
        epochs.addListener((ListChangeListener<Integer>) c -> {
            if (followLatest.get() && !epochs.isEmpty()) {
                selectedEpoch.set(epochs.get(epochs.size() - 1));
            }
            update();
        });
        followLatest.addListener((obs, old, now) -> {
            if (now && !epochs.isEmpty()) {
                selectedEpoch.set(epochs.get(epochs.size() - 1));
            }
            update();
        });
        selectedEpoch.addListener((obs, old, now) -> {
            if (!epochs.isEmpty() && now.intValue() != epochs.get(epochs.size() - 1)) {
                followLatest.set(false);
            }
            update();
        });
        update();
    }

    private void update() {
        long mine = ++requested;
        EpochSnapshots s = snapshots.get();
        if (s == null || epochs.isEmpty()) {
            shownModel.set(currentModel.get());
            label.set(UiText.get(currentModel.get() == null ? "epochs.noModel" : "epochs.noEpochsKept"));
            return;
        }
        if (followLatest.get() && !running.get() && currentModel.get() != null) {
            // the run has ended: what it kept (the best epoch) is what predicts, so that is the latest to show
            TrainedModel kept = currentModel.get();
            shownModel.set(kept);
            List<EpochMetrics> history = kept.history();
            int best = EpochMetrics.bestEpoch(history);
            label.set(history.isEmpty() ? UiText.get("epochs.currentModel")
                    : UiText.format("epochs.keptModel", best > 0 ? best
                    : history.get(history.size() - 1).epoch(), history.get(history.size() - 1).epoch()));
            return;
        }
        int epoch = nearestKept(selectedEpoch.get());
        if (s.inMemory(epoch)) {
            try {
                show(mine, s, epoch, s.model(epoch), null);
            } catch (RuntimeException e) {
                show(mine, s, epoch, null, e);
            }
        } else if (loading) {
            reloadAfterLoad = true;
        } else {
            // an epoch spilled to disk is read back (11 MB on MovieLens) off the FX thread
            loading = true;
            runners.background().submit(new BackgroundTask<>(() -> s.model(epoch),
                    m -> loaded(mine, s, epoch, m, null), t -> loaded(mine, s, epoch, null, t), runners.ui()));
        }
    }

    private void loaded(long mine, EpochSnapshots s, int epoch, TrainedModel model, Throwable failure) {
        loading = false;
        if (reloadAfterLoad) {
            reloadAfterLoad = false;
            update();
        } else {
            show(mine, s, epoch, model, failure);
        }
    }

    private void show(long mine, EpochSnapshots s, int epoch, TrainedModel model, Throwable failure) {
        if (mine != requested) {
            return;
        }
        Throwable problem = failure;
        if (problem == null) {
            try {
                List<EpochMetrics> history = model.history();
                int planned = history.isEmpty() ? epochs.get(epochs.size() - 1)
                        : history.get(history.size() - 1).epochs();
                int best = EpochMetrics.bestEpoch(s.history(epochs.get(epochs.size() - 1)));
                shownModel.set(model);
                label.set(UiText.format("epochs.shown", epoch, planned)
                        + (best > 0 ? UiText.format("epochs.best", best) : ""));
                return;
            } catch (RuntimeException e) {
                problem = e;
            }
        }
        shownModel.set(currentModel.get());
        label.set(ErrorMessages.of(UiText.format("epochs.cannotShow", epoch), problem));
    }

    private int nearestKept(int wanted) {
        int chosen = epochs.get(0);
        for (int e : epochs) {
            if (e <= wanted) {
                chosen = e;
            }
        }
        return chosen;
    }

    /** The workbench's current model, shown when the run kept no epochs. */
    public ObjectProperty<TrainedModel> currentModelProperty() {
        return currentModel;
    }

    /** The run's epoch models. */
    public ObjectProperty<EpochSnapshots> snapshotsProperty() {
        return snapshots;
    }

    /** The epochs kept so far, in order (bind its content to the training view model's). */
    public ObservableList<Integer> epochs() {
        return epochs;
    }

    /** Whether the run is training: following the latest then shows each epoch, after it the kept model. */
    public BooleanProperty runningProperty() {
        return running;
    }

    /** When on, each new epoch is shown as it ends; choosing an older epoch turns it off. */
    public BooleanProperty followLatestProperty() {
        return followLatest;
    }

    public IntegerProperty selectedEpochProperty() {
        return selectedEpoch;
    }

    /** The model the inside views show. */
    public ReadOnlyObjectProperty<TrainedModel> shownModelProperty() {
        return shownModel.getReadOnlyProperty();
    }

    /** "epoch 7 of 20 (best: 5)", or which model is shown without epochs. */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }
}
