package seqlab.ui.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import seqlab.data.DataFingerprint;
import seqlab.data.ItemLabels;
import seqlab.data.OutputFile;
import seqlab.data.SequenceData;
import seqlab.model.EpochMetrics;
import seqlab.model.Hyperparameter;
import seqlab.model.ModelConfig;
import seqlab.model.TrainedModel;
import seqlab.runs.RunHistory;
import seqlab.runs.RunRecord;
import seqlab.runs.RunStatistics;
import seqlab.runs.SweepPlan;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.concurrent.Runners;

public class RunsViewModel implements SweepTask.Events {

    public interface Session {
        SequenceData data();

        ItemLabels labels();

        ModelConfig settings();
    }

    private final Runners runners;
    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    private final ObservableList<RunRecord> runsReadOnly = FXCollections.unmodifiableObservableList(runs);
    private final FilteredList<RunRecord> filtered = new FilteredList<>(runsReadOnly);
    private final ObservableList<RunRecord> selected = FXCollections.observableArrayList();
    private final ObservableList<RunRecord> selectedReadOnly = FXCollections.unmodifiableObservableList(selected);
    private final ObservableSet<String> kept = FXCollections.observableSet();
    private final Map<String, TrainedModel> models = new HashMap<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty firstAxis = new SimpleStringProperty("embedding-dim=8,16,32");
    private final StringProperty secondAxis = new SimpleStringProperty("units=32,64");
    private final StringProperty seeds = new SimpleStringProperty("1");
    private final ReadOnlyObjectWrapper<List<Hyperparameter>> differing = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper differenceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statisticsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final SimpleBooleanProperty otherTrainingBusy = new SimpleBooleanProperty(false);
    private final StringBinding sweepProblem;
    private final BooleanBinding canQueue;
    private final BooleanBinding idle;
    private Supplier<Session> session = () -> null;
    private Consumer<ModelConfig> useSettings = c -> { };
    private Consumer<RunRecord> onRecorded = r -> { };
    private BiConsumer<RunRecord, TrainedModel> useModel = (r, m) -> { };
    private SweepTask task;
    private int sweeps;

    public RunsViewModel(Runners runners) {
        this.runners = runners;
        filter.addListener((obs, old, now) -> filtered.setPredicate(r -> matches(r, now)));
        selected.addListener((ListChangeListener<RunRecord>) c -> selectionChanged());
        runs.addListener((ListChangeListener<RunRecord>) c -> selectionChanged());
        sweepProblem = Bindings.createStringBinding(this::sweepProblem, firstAxis, secondAxis, seeds);
        idle = running.or(otherTrainingBusy).not();
        canQueue = idle.and(Bindings.createBooleanBinding(() -> sweepProblem.get().isEmpty(), sweepProblem));
    }

    public void connect(Supplier<Session> session, Consumer<ModelConfig> useSettings, ObservableBooleanValue training) {
        this.session = session;
        this.useSettings = useSettings;
        otherTrainingBusy.bind(training);
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
        StringBuilder s = new StringBuilder(r.id()).append(' ').append(r.outcome()).append(' ').append(r.group())
                .append(' ').append(r.message()).append(' ');
        if (r.data() != null) {
            s.append(r.data().source()).append(' ');
        }
        for (Hyperparameter h : Hyperparameter.values()) {
            s.append(h.key()).append('=').append(h.text(r.settings())).append(' ');
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    private String sweepProblem() {
        try {
            plan();
            return "";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    SweepPlan plan() {
        List<String> specs = new ArrayList<>();
        for (String s : List.of(firstAxis.get(), secondAxis.get())) {
            if (s != null && !s.isBlank()) {
                specs.add(s.strip());
            }
        }
        int n;
        try {
            n = Integer.parseInt(seeds.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seeds must be a whole number (got '" + seeds.get() + "')");
        }
        if (specs.isEmpty() && n <= 1) {
            throw new IllegalArgumentException("give one or two settings to vary, or more than one seed");
        }
        return SweepPlan.parse(specs, n);
    }

    public void queueSweep() {
        Session s = session.get();
        if (s == null || s.data() == null) {
            message.set("Open or type some sequences first.");
            return;
        }
        try {
            SweepPlan plan = plan();
            queue(s, "sweep " + (++sweeps) + " (" + plan.axes().stream().map(a -> a.parameter().key())
                    .reduce((a, b) -> a + " x " + b).orElse("seeds") + ")", plan.configs(s.settings()));
        } catch (RuntimeException e) {
            message.set(ErrorMessages.of("Cannot queue the sweep", e));
        }
    }

    public void rerun(RunRecord record) {
        Session s = session.get();
        if (s == null || s.data() == null) {
            message.set("Open or type some sequences first.");
            return;
        }
        queue(s, "re-run of " + record.id(), List.of(record.settings()));
        if (record.data() != null && !DataFingerprint.of(s.data()).sameContent(record.data())) {
            message.set("Note: re-running on the open data (" + s.data().source() + "), not on the data run "
                    + record.id() + " had (" + record.data().source() + ").");
        }
    }

    public void useSettingsOf(RunRecord record) {
        useSettings.accept(record.settings());
        message.set("Settings of run " + record.id() + " loaded; change them and train.");
    }

    private void queue(Session s, String group, List<ModelConfig> configs) {
        if (running.get() || otherTrainingBusy.get()) {
            message.set("Wait for the current training to end first.");
            return;
        }
        message.set("");
        running.set(true);
        progressText.set("queued " + configs.size() + " run(s)");
        task = new SweepTask(s.data(), s.labels(), group, configs, this, runners.ui());
        runners.background().submit(task);
    }

    public void stop() {
        if (task != null && running.get()) {
            task.requestStop();
            progressText.set("stopping the queue after this minibatch...");
        }
    }

    @Override
    public void runStarting(int index, int total, ModelConfig config) {
        progressText.set(String.format(Locale.ROOT, "run %d/%d starting", index + 1, total));
    }

    @Override
    public void epoch(int index, int total, EpochMetrics m) {
        if (task != null) {
            progressText.set(String.format(Locale.ROOT, "run %d/%d, epoch %d/%d", index + 1, total, m.epoch(),
                    m.epochs()));
        }
    }

    @Override
    public void runFinished(int index, int total, RunRecord record, TrainedModel model) {
        record(record, model);
    }

    @Override
    public void queueEnded(boolean stopped) {
        progressText.set(stopped ? "queue stopped" : "queue done");
        task = null;
        running.set(false);
    }

    public void record(RunRecord record, TrainedModel model) {
        runs.add(record);
        if (model != null) {
            models.put(record.id(), model);
        }
        onRecorded.accept(record);
    }

    public void replaceAll(List<RunRecord> records, Map<String, TrainedModel> keptModels) {
        selected.clear();
        models.clear();
        kept.clear();
        runs.setAll(records);
        models.putAll(keptModels);
        kept.addAll(keptModels.keySet());
    }

    public void select(List<RunRecord> records) {
        selected.setAll(records);
    }

    private void selectionChanged() {
        List<ModelConfig> configs = selected.stream().map(RunRecord::settings).toList();
        List<Hyperparameter> diff = selected.size() < 2 ? List.of() : Hyperparameter.differing(configs);
        differing.set(diff);
        if (selected.size() < 2) {
            differenceText.set(selected.isEmpty() ? "Select runs to compare their curves."
                    : "Select more runs (Ctrl+click) to compare.");
        } else if (diff.isEmpty()) {
            differenceText.set("The selected runs have the same settings.");
        } else {
            List<String> parts = new ArrayList<>();
            for (Hyperparameter h : diff) {
                parts.add(h.label() + " (" + String.join(", ", configs.stream().map(h::text).distinct().toList()) + ")");
            }
            differenceText.set("Differs: " + String.join("; ", parts));
        }
        List<String> sources = selected.stream().map(r -> r.data() == null ? "unknown data"
                : r.data().source() + " (" + r.data().sequences() + " sequences)").distinct().toList();
        if (selected.size() >= 2 && selected.stream().map(r -> r.data() == null ? "" : r.data().sha256()).distinct().count() > 1) {
            differenceText.set(differenceText.get() + " They were trained on different data: "
                    + String.join("; ", sources) + ", so their metrics are not comparable.");
        }
        statisticsText.set(statistics(selected.isEmpty() ? runs : selected));
    }

    static String statistics(List<RunRecord> records) {
        List<RunStatistics> stats = RunStatistics.overSeeds(records, RunStatistics.Metric.test("lstm", "hr@10"));
        List<RunStatistics> mrr = RunStatistics.overSeeds(records, RunStatistics.Metric.test("lstm", "mrr@10"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < stats.size(); i++) {
            if (stats.get(i).runs() > 1) {
                lines.add(String.format(Locale.ROOT, "%s over %d seeds: test HR@10 %s, MRR@10 %s",
                        describe(stats.get(i).settings(), records), stats.get(i).runs(), pm(stats.get(i)),
                        pm(mrr.get(i))));
            }
        }
        return String.join("\n", lines);
    }

    private static String describe(ModelConfig c, List<RunRecord> among) {
        List<ModelConfig> configs = among.stream().map(r -> RunStatistics.withoutSeed(r.settings())).toList();
        List<String> parts = new ArrayList<>();
        for (Hyperparameter h : Hyperparameter.differing(configs)) {
            parts.add(h.key() + "=" + h.text(c));
        }
        return parts.isEmpty() ? "these settings" : String.join(" ", parts);
    }

    private static String pm(RunStatistics s) {
        return Double.isFinite(s.mean()) ? String.format(Locale.ROOT, "%.4f ± %.4f", s.mean(),
                Double.isFinite(s.std()) ? s.std() : 0.0) : "-";
    }

    /** Legend names: the settings that differ between {@code among}, or the run number when none do. */
    public Map<RunRecord, String> legendNames(List<RunRecord> among) {
        List<Hyperparameter> diff = Hyperparameter.differing(among.stream().map(RunRecord::settings).toList());
        Map<RunRecord, String> names = new LinkedHashMap<>();
        for (RunRecord r : among) {
            List<String> parts = new ArrayList<>();
            for (Hyperparameter h : diff) {
                parts.add(h.key() + "=" + h.text(r.settings()));
            }
            String name = parts.isEmpty() ? "run " + number(r) : String.join(", ", parts);
            if (names.containsValue(name)) {
                name = name + " (run " + number(r) + ")";
            }
            names.put(r, name);
        }
        return names;
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
            message.set("Select one run to use its model.");
            return;
        }
        RunRecord r = selected.get(0);
        TrainedModel m = models.get(r.id());
        if (m == null) {
            message.set("Run " + number(r) + " has no model in memory (failed, or opened without it).");
            return;
        }
        useModel.accept(r, m);
        message.set("Run " + number(r) + "'s model now predicts (Prediction tab).");
    }

    public void toggleKeep(List<RunRecord> records) {
        for (RunRecord r : records) {
            if (kept.contains(r.id())) {
                kept.remove(r.id());
            } else if (models.containsKey(r.id())) {
                kept.add(r.id());
            } else {
                message.set("Run " + r.id() + " has no model in memory to keep (failed, or opened without it).");
            }
        }
    }

    public Map<String, TrainedModel> keptModels() {
        Map<String, TrainedModel> m = new LinkedHashMap<>();
        for (RunRecord r : runs) {
            if (kept.contains(r.id()) && models.containsKey(r.id())) {
                m.put(r.id(), models.get(r.id()));
            }
        }
        return m;
    }

    public TrainedModel model(RunRecord r) {
        return models.get(r.id());
    }

    public void exportRuns(Path file) {
        try {
            OutputFile.write(file, RunHistory.runsCsv(List.copyOf(filtered)).getBytes(StandardCharsets.UTF_8));
            message.set("Exported " + filtered.size() + " run(s) to " + file);
        } catch (IOException e) {
            message.set(ErrorMessages.of("Cannot export the runs", e));
        }
    }

    public void exportCurves(Path file) {
        List<RunRecord> which = selected.isEmpty() ? List.copyOf(filtered) : List.copyOf(selected);
        try {
            OutputFile.write(file, RunHistory.curvesCsv(which).getBytes(StandardCharsets.UTF_8));
            message.set("Exported the curves of " + which.size() + " run(s) to " + file);
        } catch (IOException e) {
            message.set(ErrorMessages.of("Cannot export the curves", e));
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
        return kept;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty firstAxisProperty() {
        return firstAxis;
    }

    public StringProperty secondAxisProperty() {
        return secondAxis;
    }

    public StringProperty seedsProperty() {
        return seeds;
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

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public StringBinding sweepProblemBinding() {
        return sweepProblem;
    }

    public BooleanBinding idleBinding() {
        return idle;
    }

    public BooleanBinding canQueueBinding() {
        return canQueue;
    }
}
