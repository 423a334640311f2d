package seqlab.ui.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import seqlab.data.OutputFile;
import seqlab.model.Hyperparameter;
import seqlab.model.ModelConfig;
import seqlab.model.TrainedModel;
import seqlab.runs.RunHistory;
import seqlab.runs.RunOutcome;
import seqlab.runs.RunRecord;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.common.UiText;

/**
 * The Runs tab: the table of this window's runs with its filter and selection, the comparison of the
 * selected runs, their models ({@link KeptModels}) and the sweep queue ({@link SweepQueue}) that adds runs.
 */
public class RunsViewModel {

    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    private final ObservableList<RunRecord> runsReadOnly = FXCollections.unmodifiableObservableList(runs);
    private final FilteredList<RunRecord> filtered = new FilteredList<>(runsReadOnly);
    private final ObservableList<RunRecord> selected = FXCollections.observableArrayList();
    private final ObservableList<RunRecord> selectedReadOnly = FXCollections.unmodifiableObservableList(selected);
    private final KeptModels models = new KeptModels();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<Hyperparameter>> differing = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper differenceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statisticsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final SweepQueue sweeps;
    private Consumer<ModelConfig> useSettings = c -> { };
    private Consumer<RunRecord> onRecorded = r -> { };
    private BiConsumer<RunRecord, TrainedModel> useModel = (r, m) -> { };

    public RunsViewModel(Runners runners) {
        sweeps = new SweepQueue(runners, this::record, message::set);
        filter.addListener((obs, old, now) -> filtered.setPredicate(r -> matches(r, now)));
        selected.addListener((ListChangeListener<RunRecord>) c -> selectionChanged());
        runs.addListener((ListChangeListener<RunRecord>) c -> selectionChanged());
    }

    public void connect(Supplier<RunInputs> inputs, Consumer<ModelConfig> useSettings, ObservableBooleanValue training) {
        sweeps.connect(inputs, training);
        this.useSettings = useSettings;
    }

    public SweepQueue sweeps() {
        return sweeps;
    }

    public void onRecorded(Consumer<RunRecord> listener) {
        this.onRecorded = listener;
    }

    static boolean matches(RunRecord r, String filterText) {
        if (filterText == null || filterText.isBlank()) {
            return true;
        }
        String blob = searchText(r);
        for (String word : filterText.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!blob.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String searchText(RunRecord r) {
        StringBuilder s = new StringBuilder(r.id()).append(' ').append(r.outcome()).append(' ')
                .append(outcomeText(r.outcome())).append(' ').append(r.group())
                .append(' ').append(r.message()).append(' ');
        if (r.data() != null) {
            s.append(r.data().source()).append(' ');
        }
        for (Hyperparameter h : Hyperparameter.values()) {
            s.append(h.key()).append('=').append(h.text(r.settings())).append(' ');
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    /** The outcome as the Runs table shows it; the filter finds it by this word and by the English name. */
    static String outcomeText(RunOutcome outcome) {
        return UiText.get(switch (outcome) {
            case FINISHED -> "runs.outcome.finished";
            case STOPPED -> "runs.outcome.stopped";
            case FAILED -> "runs.outcome.failed";
        });
    }

    public void useSettingsOf(RunRecord record) {
        useSettings.accept(record.settings());
        message.set(UiText.format("runs.settingsLoaded", record.id()));
    }

    public void record(RunRecord record, TrainedModel model) {
        runs.add(record);
        models.add(record, model);
        onRecorded.accept(record);
    }

    public void replaceAll(List<RunRecord> records, Map<String, TrainedModel> keptModels) {
        selected.clear();
        models.replaceAll(keptModels);
        runs.setAll(records);
    }

    public void select(List<RunRecord> records) {
        selected.setAll(records);
    }

    private void selectionChanged() {
        differing.set(selected.size() < 2 ? List.of()
                : Hyperparameter.differing(selected.stream().map(RunRecord::settings).toList()));
        differenceText.set(RunComparison.difference(selected));
        statisticsText.set(RunComparison.statistics(selected.isEmpty() ? runs : selected));
    }

    /** Legend names: the settings that differ between {@code among}, or the run number when none do. */
    public Map<RunRecord, String> legendNames(List<RunRecord> among) {
        return RunComparison.legendNames(among, this::number);
    }

    public int number(RunRecord r) {
        return runs.indexOf(r) + 1;
    }

    /** Who makes a run's model the one that predicts; the main view model sets it. */
    public void onUseModel(BiConsumer<RunRecord, TrainedModel> handler) {
        this.useModel = handler;
    }

    /** Makes the model of the one selected run the current model, if it is in memory. */
    public void useSelectedModel() {
        if (selected.size() != 1) {
            message.set(UiText.get("runs.selectOneForModel"));
            return;
        }
        RunRecord r = selected.get(0);
        TrainedModel m = models.model(r);
        if (m == null) {
            message.set(UiText.format("runs.noModelInMemory", String.valueOf(number(r))));
            return;
        }
        useModel.accept(r, m);
        message.set(UiText.format("runs.modelPredicts", String.valueOf(number(r))));
    }

    public void toggleKeep(List<RunRecord> records) {
        for (RunRecord r : models.toggle(records)) {
            message.set(UiText.format("runs.noModelToKeep", r.id()));
        }
    }

    public Map<String, TrainedModel> keptModels() {
        return models.keptAmong(runs);
    }

    public TrainedModel model(RunRecord r) {
        return models.model(r);
    }

    public void exportRuns(Path file) {
        try {
            OutputFile.write(file, RunHistory.runsCsv(List.copyOf(filtered)).getBytes(StandardCharsets.UTF_8));
            message.set(UiText.format("runs.exportedRuns", filtered.size(), file.toString()));
        } catch (IOException e) {
            message.set(ErrorMessages.of(UiText.get("runs.cannotExportRuns"), e));
        }
    }

    public void exportCurves(Path file) {
        List<RunRecord> which = selected.isEmpty() ? List.copyOf(filtered) : List.copyOf(selected);
        try {
            OutputFile.write(file, RunHistory.curvesCsv(which).getBytes(StandardCharsets.UTF_8));
            message.set(UiText.format("runs.exportedCurves", which.size(), file.toString()));
        } catch (IOException e) {
            message.set(ErrorMessages.of(UiText.get("runs.cannotExportCurves"), e));
        }
    }

    public ObservableList<RunRecord> runs() {
        return runsReadOnly;
    }

    public FilteredList<RunRecord> filteredRuns() {
        return filtered;
    }

    public ObservableList<RunRecord> selected() {
        return selectedReadOnly;
    }

    public ObservableSet<String> kept() {
        return models.keptIds();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<List<Hyperparameter>> differingProperty() {
        return differing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty differenceTextProperty() {
        return differenceText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statisticsTextProperty() {
        return statisticsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
