package seqlab.ui.main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import seqlab.data.ItemLabels;
import seqlab.data.OutputFile;
import seqlab.data.ReadOptions;
import seqlab.data.SequenceData;
import seqlab.data.SequenceReader;
import seqlab.data.TablePreview;
import seqlab.data.TableRead;
import seqlab.data.TextFile;
import seqlab.model.EpochMetrics;
import seqlab.model.EpochSnapshots;
import seqlab.model.Hyperparameter;
import seqlab.model.ModelBundle;
import seqlab.model.ModelConfig;
import seqlab.model.TrainedModel;
import seqlab.ui.common.CoreSentences;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.common.PreferenceStore;
import seqlab.ui.common.RecentFiles;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;
import seqlab.ui.concurrent.BackgroundTask;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.data.BundledSample;
import seqlab.ui.data.DataViewModel;
import seqlab.ui.inside.EmbeddingMapViewModel;
import seqlab.ui.inside.EpochScrubberViewModel;
import seqlab.ui.inside.SamplesViewModel;
import seqlab.ui.inside.TraceViewModel;
import seqlab.ui.lesson.LessonViewModel;
import seqlab.ui.prediction.PredictionViewModel;
import seqlab.ui.recommendations.ExportViewModel;
import seqlab.ui.runs.AppRunRecorder;
import seqlab.ui.runs.RunInputs;
import seqlab.ui.runs.RunsViewModel;
import seqlab.ui.runs.StartTime;
import seqlab.ui.runs.WorkbenchExperiment;
import seqlab.ui.settings.SettingsViewModel;
import seqlab.ui.tableimport.ImportChoices;
import seqlab.ui.training.MetricsCsv;
import seqlab.ui.training.TrainingViewModel;

public class MainViewModel {

    private final Runners runners;
    private final PreferenceStore preferences;
    private final RecentFiles recentFiles;
    private final DataViewModel data = new DataViewModel();
    private final SettingsViewModel settings = new SettingsViewModel();
    private final TrainingViewModel training;
    private final PredictionViewModel prediction = new PredictionViewModel();
    private final SamplesViewModel samples;
    private final WorkbenchLessonActions lessonActions;
    private final LessonViewModel lesson;
    private final TraceViewModel trace;
    private final EpochScrubberViewModel epochScrubber;
    private final EmbeddingMapViewModel embeddings;
    private final RunsViewModel runs;
    private final WorkbenchExperiment experiments;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper numericsReady = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private ImportChoices importChoices = ImportChoices.inMemory();
    private Consumer<Path> importOffer = file -> { };
    private final StringBinding title;
    private final StringBinding trainBlockedReason;
    private final BooleanBinding canTrain;
    private final ExportViewModel recommendations;
    private final BooleanBinding canExportRecommendations;

    public MainViewModel(Runners runners) {
        this(runners, PreferenceStore.inMemory());
    }

    /** A workbench whose zoom, presentation mode and recent files are remembered in {@code preferences}. */
    public MainViewModel(Runners runners, PreferenceStore preferences) {
        this.runners = runners;
        this.preferences = preferences;
        this.recentFiles = new RecentFiles(preferences);
        this.training = new TrainingViewModel(runners);
        this.runs = new RunsViewModel(runners);
        this.samples = new SamplesViewModel(runners);
        samples.dataProperty().bind(data.dataProperty());
        samples.settingsProperty().bind(settings.configProperty());
        training.keepEpochModels();
        training.continueOn(() -> data.dataProperty().get(), () -> data.labelsProperty().get());
        this.epochScrubber = new EpochScrubberViewModel(runners);
        epochScrubber.currentModelProperty().bind(training.modelProperty());
        epochScrubber.snapshotsProperty().bind(training.snapshotsProperty());
        epochScrubber.runningProperty().bind(training.busyBinding());
        javafx.beans.binding.Bindings.bindContent(epochScrubber.epochs(), training.snapshotEpochs());
        this.embeddings = new EmbeddingMapViewModel(runners);
        embeddings.modelProperty().bind(epochScrubber.shownModelProperty());
        AppRunRecorder.fileRunsOf(training, runs);
        runs.connect(() -> new RunInputs() {
            @Override
            public SequenceData data() {
                return data.dataProperty().get();
            }

            @Override
            public ItemLabels labels() {
                return data.labelsProperty().get();
            }

            @Override
            public ModelConfig settings() {
                return settings.configProperty().get();
            }
        }, settings::load, training.busyBinding());
        lessonActions = new WorkbenchLessonActions(this);
        lesson = new LessonViewModel(lessonActions, training.busyBinding());
        experiments = new WorkbenchExperiment(runners, data, settings, training, runs, status::set, this::report);
        prediction.modelProperty().bind(training.modelProperty());
        prediction.originProperty().bind(training.modelOriginProperty());
        prediction.dataProperty().bind(data.dataProperty());
        this.trace = new TraceViewModel(runners);
        trace.modelProperty().bind(epochScrubber.shownModelProperty());
        trace.prefixProperty().bindBidirectional(prediction.prefixProperty());
        runs.onUseModel((record, model) -> training.useModel(model, UiText.format("runs.origin", String.valueOf(runs.number(record)),
                StartTime.shown(record.started()))));
        data.seenItemsSettingProperty().bindBidirectional(settings.textProperty(Hyperparameter.SEEN_ITEMS));
        training.finishNoteProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                status.set(UiText.format("main.trainingNote", now));
            }
        });
        training.errorProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                error.set(now);
            }
        });
        title = Bindings.createStringBinding(() -> "SeqLab - " + data.sourceNameProperty().get()
                + (data.dirtyProperty().get() ? " *" : ""), data.sourceNameProperty(), data.dirtyProperty());
        trainBlockedReason = Bindings.createStringBinding(this::blockedReason, data.dataProperty(),
                data.errorProperty(), settings.problemsProperty(), training.stateProperty(), runs.sweeps().runningProperty());
        canTrain = Bindings.createBooleanBinding(() -> blockedReason().isEmpty(), trainBlockedReason);
        recommendations = new ExportViewModel(runners, status::set, this::report);
        canExportRecommendations = training.modelProperty().isNotNull().and(data.dataProperty().isNotNull())
                .and(recommendations.runningProperty().not());
    }

    private String blockedReason() {
        if (training.busyBinding().get()) {
            return "";
        }
        if (runs.sweeps().runningProperty().get()) {
            return UiText.get("main.blocked.sweepRunning");
        }
        if (!settings.problemsProperty().get().isEmpty()) {
            return UiText.format("main.blocked.fixSettings",
                    String.join("; ", SettingsViewModel.messages(settings.problemsProperty().get())));
        }
        if (!data.errorProperty().get().isEmpty()) {
            return UiText.format("main.blocked.fixData", data.errorProperty().get());
        }
        if (data.dataProperty().get() == null) {
            return UiText.get("main.blocked.noData");
        }
        return "";
    }

    public void openSample(BundledSample sample) {
        try {
            data.loadSample(sample);
            if (sample.equals(BundledSample.TOY)) {
                settings.applyToyPreset();
            } else if (settings.isToyPreset()) {
                settings.load(ModelConfig.defaults());
            }
            status.set(UiText.format("main.sampleLoaded", sample.title()));
        } catch (RuntimeException e) {
            report(ErrorMessages.of(UiText.get("main.cannotOpenSample"), e));
        }
    }

    public void openData(Path file) {
        try {
            data.open(file, importChoices.of(file).orElse(ReadOptions.auto()));
            status.set(UiText.format("main.opened", file.toString()));
            recentFiles.add(file);
        } catch (Exception e) {
            String problem = ErrorMessages.of(UiText.format("main.cannotOpen", file.getFileName().toString()), e);
            if (!offerImport(file, problem)) {
                report(problem);
            }
            return;
        }
        if (!data.errorProperty().get().isEmpty()) {
            offerImport(file, data.errorProperty().get());
        }
    }

    /** Opens a file from File > Open recent; one that is gone is reported and taken off the list. */
    public void openRecent(Path file) {
        if (!Files.isRegularFile(file)) {
            recentFiles.remove(file);
            report(UiText.format("main.recentGone", file.toString()));
            return;
        }
        openData(file);
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    public PreferenceStore preferences() {
        return preferences;
    }

    /** When {@code file} is a table its columns could not be found in, offers the Import dialog; true if it did. */
    private boolean offerImport(Path file, String problem) {
        if (!problem.contains("column") && !problem.contains("table header")) {
            return false;
        }
        try {
            TablePreview.of(TextFile.read(file).text(), null, 1);
        } catch (RuntimeException notATable) {
            return false;
        }
        status.set(UiText.format("main.chooseColumns", file.getFileName().toString(), problem));
        importOffer.accept(file);
        return true;
    }

    /** Called with a table that could not be opened as it is, to show the Import dialog for it. */
    public void onImportOffered(Consumer<Path> offer) {
        importOffer = offer;
    }

    /** Where column choices are remembered, per file, from now on (e.g. ~/.seqlab/import-columns.json). */
    public void rememberImportsIn(Path store) {
        importChoices = ImportChoices.in(store);
    }

    /** The columns {@code file} was last imported with, or null. */
    public ReadOptions rememberedImport(Path file) {
        return importChoices.of(file).orElse(null);
    }

    /** Reads {@code file} with {@code options} in the background and shows it in the Data pane. */
    public void importTable(Path file, ReadOptions options) {
        status.set(UiText.format("main.importing", file.getFileName().toString()));
        record Imported(TextFile.Decoded text, TableRead read) {
        }
        runners.background().submit(new BackgroundTask<>(() -> {
            TextFile.Decoded text = TextFile.read(file);
            return new Imported(text, new SequenceReader(options).readTable(file.toString(), text.text()));
        }, imported -> {
            data.openImported(file, imported.text(), options, imported.read());
            recentFiles.add(file);
            String remembered = "";
            try {
                importChoices.remember(file, options);
            } catch (IOException | RuntimeException e) {
                remembered = UiText.format("main.importChoicesNotRemembered", e.getMessage());
            }
            status.set(UiText.format("main.imported", file.getFileName().toString(),
                    imported.read().data().sequences().size(), CoreSentences.of(imported.read().timeNote()), remembered));
        }, t -> report(ErrorMessages.of(UiText.format("main.cannotImport", file.getFileName().toString()), t)), runners.ui()));
    }

    public Runners runners() {
        return runners;
    }

    public void openLabels(Path file) {
        try {
            data.openLabels(file);
            status.set(UiText.format("main.labelsFrom", file.toString()));
        } catch (Exception e) {
            report(ErrorMessages.of(UiText.format("main.cannotOpenLabels", file.getFileName().toString()), e));
        }
    }

    public boolean saveData(Path file) {
        try {
            data.saveAs(file);
            status.set(UiText.format("main.saved", file.toString()));
            return true;
        } catch (Exception e) {
            report(ErrorMessages.of(UiText.format("main.cannotSave", file.getFileName().toString()), e));
            return false;
        }
    }

    public void train() {
        if (canTrain.get()) {
            error.set("");
            training.start(data.dataProperty().get(), data.labelsProperty().get(), settings.configProperty().get());
            status.set(UiText.format("main.trainingOn", data.sourceNameProperty().get()));
        }
    }

    public void stop() {
        training.stop();
        runs.sweeps().stop();
    }

    /** The window closes: stop work and let another window take this one's autosave file. */
    public void close() {
        stop();
        experiments.releaseAutosave();
    }

    public void warmUpNumerics(Runnable warmer) {
        status.set(UiText.get("main.loadingNumerics"));
        runners.background().submit(new BackgroundTask<>(() -> {
            warmer.run();
            return Boolean.TRUE;
        }, ok -> {
            if (!training.busyBinding().get()) {
                status.set(UiText.get("main.numericsLoaded"));
            }
            numericsReady.set(true);
        },
                t -> report(ErrorMessages.of(UiText.get("main.numericsFailed"), t)),
                runners.ui()));
    }

    /** True once {@link #warmUpNumerics} has loaded the numeric library. */
    public ReadOnlyBooleanProperty numericsReadyProperty() {
        return numericsReady.getReadOnlyProperty();
    }

    public void openModel(Path file) {
        status.set(UiText.format("main.openingModel", file.getFileName().toString()));
        runners.background().submit(new BackgroundTask<>(() -> OpenedModel.of(file), opened -> {
            TrainedModel model = opened.model();
            training.useModel(model, UiText.format("main.origin.modelFile", file.getFileName().toString()),
                    opened.optimizer());
            if (opened.epochs() != null) {
                training.showEpochs(model, opened.epochs());
            }
            opened.problems().forEach(this::report);
            settings.load(model.config());
            status.set(UiText.format("main.openedModel", file.getFileName().toString(), model.vocabulary().size(),
                    model.history().size()));
            String mismatch = mismatch(model, data.dataProperty().get());
            if (!mismatch.isEmpty()) {
                report(mismatch);
            }
        }, t -> report(ErrorMessages.of(UiText.format("main.cannotOpenModel", file.getFileName().toString()), t)), runners.ui()));
    }

    static String mismatch(TrainedModel model, SequenceData current) {
        if (current == null) {
            return "";
        }
        Set<String> known = new HashSet<>(model.vocabulary().tokens());
        Set<String> items = new HashSet<>();
        current.sequences().forEach(items::addAll);
        long shared = items.stream().filter(known::contains).count();
        if (shared * 2 >= items.size()) {
            return "";
        }
        return UiText.format("main.modelMismatch", shared, items.size());
    }

    public void saveModel(Path file) {
        saveModel(file, false);
    }

    /** Saves the current model, with its run's epoch models when {@code withEpochs} and they are kept. */
    public void saveModel(Path file, boolean withEpochs) {
        TrainedModel model = training.modelProperty().get();
        if (model == null) {
            report(UiText.get("main.noModelToSave"));
            return;
        }
        var optimizer = training.optimizerStateOf(model);
        EpochSnapshots epochs = withEpochs ? training.epochsOf(model) : null;
        if (withEpochs && epochs == null) {
            report(UiText.get("main.noEpochsToSave"));
            return;
        }
        runners.background().submit(new BackgroundTask<>(() -> {
            ModelBundle.save(model, optimizer, epochs, file);
            return file;
        }, f -> status.set(UiText.format(epochs == null ? "main.savedModel" : "main.savedModelWithEpochs", f.toString(),
                epochs == null ? 0 : epochs.size())),
                t -> report(ErrorMessages.of(UiText.get("main.cannotSaveModel"), t)), runners.ui()));
    }

    public void exportMetrics(Path file) {
        TrainedModel model = training.modelProperty().get();
        List<EpochMetrics> history = training.busyBinding().get() || model == null ? training.epochs() : model.history();
        try {
            OutputFile.write(file, MetricsCsv.of(history).getBytes(StandardCharsets.UTF_8));
            status.set(UiText.format("main.exportedMetrics", history.size(), file.toString()));
        } catch (Exception e) {
            report(ErrorMessages.of(UiText.get("main.cannotExportMetrics"), e));
        }
    }

    /** Writes the current model's recommendations for every loaded sequence to {@code file}, as {@code recommend} does. */
    public void exportRecommendations(Path file) {
        recommendations.start(training.modelProperty().get(), data.dataProperty().get(), file,
                data.fileProperty().get());
    }

    public ExportViewModel recommendations() {
        return recommendations;
    }

    public BooleanBinding canExportRecommendationsBinding() {
        return canExportRecommendations;
    }

    public void report(String message) {
        error.set(message);
    }

    public void dismissError() {
        error.set("");
    }

    public DataViewModel data() {
        return data;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public TrainingViewModel training() {
        return training;
    }

    /** Remembers the interface language for the next start (the window is built in one language). */
    public void chooseLanguage(UiLanguage language) {
        preferences.put(UiLanguage.PREFERENCE, language.code());
        status.set(language == UiText.language() ? UiText.format("main.languageKept", language.displayName())
                : UiText.format("main.languageNextStart", language.displayName()));
    }

    public LessonViewModel lesson() {
        return lesson;
    }

    /** How lessons open samples (asking before unsaved data is replaced; false: kept) and show tabs. */
    public void connectLessons(Predicate<BundledSample> sampleOpener, Consumer<String> tabShower) {
        lessonActions.connect(sampleOpener, tabShower);
    }

    public SamplesViewModel samples() {
        return samples;
    }

    /** The Trace tab: the Prediction pane's model and prefix, step by step. */
    public TraceViewModel trace() {
        return trace;
    }

    /** Which epoch's model the inside views show. */
    public EpochScrubberViewModel epochScrubber() {
        return epochScrubber;
    }

    public EmbeddingMapViewModel embeddings() {
        return embeddings;
    }

    public PredictionViewModel prediction() {
        return prediction;
    }

    public RunsViewModel runs() {
        return runs;
    }

    public WorkbenchExperiment experiments() {
        return experiments;
    }

    public StringBinding titleBinding() {
        return title;
    }

    public StringBinding trainBlockedReasonBinding() {
        return trainBlockedReason;
    }

    public BooleanBinding canTrainBinding() {
        return canTrain;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
