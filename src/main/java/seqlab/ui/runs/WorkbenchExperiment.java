package seqlab.ui.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import seqlab.data.DataException;
import seqlab.data.DataFingerprint;
import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.data.SequenceReader;
import seqlab.data.SequenceText;
import seqlab.model.TrainedModel;
import seqlab.runs.AutosaveSlot;
import seqlab.runs.Experiment;
import seqlab.runs.ExperimentFile;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.concurrent.BackgroundTask;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.data.DataViewModel;
import seqlab.ui.settings.SettingsViewModel;
import seqlab.ui.training.TrainingViewModel;
import seqlab.ui.common.UiText;

/**
 * The workbench's whole state as one experiment: saved to and opened from an experiment file
 * (data, labels, settings, runs and kept models), and autosaved after every run.
 */
public final class WorkbenchExperiment {

    private static final Object SAVING = new Object();

    private final Runners runners;
    private final DataViewModel data;
    private final SettingsViewModel settings;
    private final TrainingViewModel training;
    private final RunsViewModel runs;
    private final Consumer<String> status;
    private final Consumer<String> error;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private AutosaveSlot slot;
    private Path autosaveFile;
    private Path previousSession;
    private List<String> attachedData;

    public WorkbenchExperiment(Runners runners, DataViewModel data, SettingsViewModel settings,
                             TrainingViewModel training, RunsViewModel runs, Consumer<String> status,
                             Consumer<String> error) {
        this.runners = runners;
        this.data = data;
        this.settings = settings;
        this.training = training;
        this.runs = runs;
        this.status = status;
        this.error = error;
        runs.onRecorded(r -> autosave());
        data.sourceNameProperty().addListener((obs, old, now) -> otherDataLoaded());
        data.fileProperty().addListener((obs, old, now) -> otherDataLoaded());
    }

    private void attach(Path experiment) {
        file.set(experiment);
        attachedData = experiment == null ? null : List.of(String.valueOf(data.sourceNameProperty().get()),
                String.valueOf(data.fileProperty().get()));
    }

    /** The experiment file holds its own data: once other data is loaded, runs are autosaved elsewhere. */
    private void otherDataLoaded() {
        if (file.get() == null || attachedData == null || attachedData.equals(List.of(
                String.valueOf(data.sourceNameProperty().get()), String.valueOf(data.fileProperty().get())))) {
            return;
        }
        Path left = file.get();
        attach(null);
        error.accept(UiText.format("runs.experiment.detached", left.getFileName().toString(),
                autosaveFile == null ? UiText.get("runs.experiment.autosaveOff") : autosaveFile.toString()));
    }

    public void enableAutosave(Path folder) {
        try {
            slot = AutosaveSlot.claim(folder);
            autosaveFile = slot.file();
            previousSession = slot.previous();
        } catch (IOException e) {
            error.accept(ErrorMessages.of(UiText.get("runs.experiment.notAutosaved"), e));
        }
    }

    /** Lets another window take this window's autosave file; as when the process ends. */
    public void releaseAutosave() {
        if (slot != null) {
            try {
                slot.close();
            } catch (Exception e) {
                error.accept(ErrorMessages.of(UiText.get("runs.experiment.cannotRelease"), e));
            }
            slot = null;
        }
    }

    public void openPreviousSession() {
        if (previousSession == null || !Files.exists(previousSession)) {
            error.accept(UiText.format("runs.experiment.noPreviousSession",
                    autosaveFile == null ? UiText.get("runs.experiment.theExperimentFile") : autosaveFile.toString()));
            return;
        }
        open(previousSession);
    }

    /**
     * What the window holds now, taken on the FX thread; the experiment itself (which hashes the data) is made
     * by calling the result, in the background.
     */
    private Callable<Experiment> snapshot() {
        SequenceData current = data.dataProperty().get();
        if (current == null) {
            throw new DataException(UiText.get("runs.experiment.noData"));
        }
        Path dataFile = data.dirtyProperty().get() ? null : data.fileProperty().get();
        var labels = data.labelsProperty().get();
        var config = settings.configProperty().get();
        var records = List.copyOf(runs.runs());
        var models = runs.keptModels();
        var reading = data.readOptions();
        return () -> Experiment.of(current, dataFile, reading, labels, config, records, models);
    }

    public void save(Path target) {
        Callable<Experiment> snapshot;
        try {
            snapshot = snapshot();
        } catch (RuntimeException e) {
            error.accept(ErrorMessages.of(UiText.get("runs.experiment.cannotSave"), e));
            return;
        }
        runners.background().submit(new BackgroundTask<>(() -> write(snapshot.call(), target), experiment -> {
            attach(target);
            status.accept(UiText.format("runs.experiment.saved", experiment.runs().size(), experiment.models().size(),
                    target.toString()));
        }, t -> error.accept(ErrorMessages.of(UiText.get("runs.experiment.cannotSave"), t)), runners.ui()));
    }

    private void autosave() {
        Path target = file.get() != null ? file.get() : autosaveFile;
        if (target == null || data.dataProperty().get() == null) {
            return;
        }
        Callable<Experiment> snapshot = snapshot();
        runners.background().submit(new BackgroundTask<>(() -> write(snapshot.call(), target),
                experiment -> status.accept(UiText.format("runs.experiment.autosaved", experiment.runs().size(),
                        target.toString())),
                t -> error.accept(ErrorMessages.of(UiText.get("runs.experiment.autosaveFailed"), t)), runners.ui()));
    }

    private static Experiment write(Experiment experiment, Path target) throws IOException {
        synchronized (SAVING) {
            ExperimentFile.save(experiment, target);
        }
        return experiment;
    }

    public void open(Path source) {
        status.accept(UiText.format("runs.experiment.opening", source.getFileName().toString()));
        runners.background().submit(new BackgroundTask<>(() -> {
            Experiment e = ExperimentFile.load(source);
            return new Opened(e, e.data(new SequenceReader(e.reading())));
        }, opened -> restore(source, opened), t -> error.accept(ErrorMessages.of(UiText.format("runs.experiment.cannotOpen",
                source.getFileName().toString()), t)), runners.ui()));
    }

    private record Opened(Experiment experiment, SequenceData data) {
    }

    private void restore(Path source, Opened opened) {
        Experiment e = opened.experiment();
        try {
            ItemLabels labels = new ItemLabels(e.labels(), List.of());
            if (e.inline()) {
                data.restore(inlineName(opened.data()), SequenceText.of(opened.data()), labels);
            } else {
                data.open(e.dataFile(), e.reading());
                if (!e.labels().isEmpty()) {
                    data.useLabels(labels, UiText.get("runs.experiment.labels"));
                }
            }
        } catch (IOException | RuntimeException ex) {
            error.accept(ErrorMessages.of(UiText.get("runs.experiment.cannotRestoreData"), ex));
            return;
        }
        settings.load(e.settings());
        runs.replaceAll(e.runs(), e.models());
        List<Map.Entry<String, TrainedModel>> kept = new ArrayList<>(e.models().entrySet());
        if (!kept.isEmpty()) {
            Map.Entry<String, TrainedModel> last = kept.get(kept.size() - 1);
            String run = e.runs().stream().filter(r -> r.id().equals(last.getKey())).findFirst()
                    .map(r -> UiText.format("runs.legend.run", String.valueOf(runs.number(r))))
                    .orElse(UiText.get("runs.experiment.aKeptModel"));
            training.useModel(last.getValue(), UiText.format("runs.experiment.modelOrigin", run,
                    source.getFileName().toString()));
        }
        attach(source.equals(previousSession) ? null : source);
        SequenceData restored = data.dataProperty().get();
        if (restored == null || !DataFingerprint.of(restored).sameContent(e.fingerprint())) {
            error.accept(UiText.format("runs.experiment.dataDiffers", e.fingerprint().source()));
        }
        status.accept(UiText.format(e.inline() ? "runs.experiment.openedInline" : "runs.experiment.opened",
                source.getFileName().toString(), e.runs().size(), e.models().size(), e.fingerprint().source()));
    }

    private static String inlineName(SequenceData sequences) {
        String name = Path.of(sequences.source()).getFileName().toString();
        return name.isBlank() ? "data.txt" : name;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }
}
