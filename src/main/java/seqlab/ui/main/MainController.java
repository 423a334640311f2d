package seqlab.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;


import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import seqlab.model.RuntimeVersions;
import seqlab.ui.common.ChartStyle;
import seqlab.ui.common.FileChoosers;
import seqlab.ui.common.FramePacing;
import seqlab.ui.common.TextZoom;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;
import seqlab.ui.data.BundledSample;
import seqlab.ui.help.AboutViewModel;
import seqlab.ui.help.HelpDialogs;
import seqlab.ui.help.MenuShortcuts;
import seqlab.ui.lesson.Lesson;
import seqlab.ui.lesson.LessonException;
import seqlab.ui.lesson.LessonFile;
import seqlab.ui.tableimport.ImportDialog;
import seqlab.ui.training.TrainingState;

public class MainController {

    private final MainViewModel viewModel;
    private final ReadOnlyBooleanWrapper startingTraining = new ReadOnlyBooleanWrapper();
    private PauseTransition pendingStart;

    @FXML private BorderPane root;
    @FXML private MenuBar menuBar;
    @FXML private MenuItem trainItem;
    @FXML private MenuItem stopItem;
    private final TextZoom zoom;
    @FXML private Menu recentMenu;
    @FXML private CheckMenuItem presentationItem;
    @FXML private Menu goToTabMenu;
    @FXML private Menu languageMenu;
    @FXML private Menu samplesMenu;
    @FXML private Button trainButton;
    @FXML private Button stopButton;
    @FXML private Button pauseButton;
    @FXML private Button stepButton;
    @FXML private MenuItem pauseItem;
    @FXML private MenuItem stepItem;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Label timeLabel;
    @FXML private Label trainBlockedLabel;
    @FXML private TabPane tabs;
    @FXML private Label statusLabel;
    @FXML private Label errorLabel;
    @FXML private Button dismissErrorButton;
    @FXML private MenuItem exportRecommendationsItem;
    @FXML private HBox exportBox;
    @FXML private ProgressBar exportProgressBar;
    @FXML private Label exportProgressLabel;

    public MainController(MainViewModel viewModel) {
        this.viewModel = viewModel;
        this.zoom = new TextZoom(viewModel.preferences());
    }

    @FXML
    private void initialize() {
        for (BundledSample sample : BundledSample.all()) {
            MenuItem item = new MenuItem("_" + sample.title());
            item.setOnAction(e -> openSample(sample));
            samplesMenu.getItems().add(item);
        }
        samplesMenu.getItems().add(new SeparatorMenuItem());
        for (LessonFile.Bundled lesson : LessonFile.BUNDLED) {
            MenuItem item = new MenuItem(UiText.get(lesson.titleKey()));
            item.setOnAction(e -> openLesson(() -> LessonFile.bundled(lesson, UiText.language().code(), tabNames())));
            samplesMenu.getItems().add(item);
        }
        MenuItem lessonFile = new MenuItem(UiText.get("main.openLessonFile"));
        lessonFile.setOnAction(e -> openLessonFile());
        samplesMenu.getItems().add(lessonFile);
        viewModel.connectLessons(this::openSample, this::showTab);
        var training = viewModel.training();
        trainButton.disableProperty().bind(viewModel.canTrainBinding().not().or(training.busyBinding())
                .or(startingTraining));
        // enabled while stopping too: with both buttons disabled the focus would fall to the tab pane (see train)
        stopButton.disableProperty().bind(training.stateProperty().isEqualTo(TrainingState.IDLE)
                .and(startingTraining.not()));
        trainItem.disableProperty().bind(trainButton.disableProperty());
        stopItem.disableProperty().bind(stopButton.disableProperty());
        var pausable = training.stateProperty().isEqualTo(TrainingState.RUNNING)
                .or(training.stateProperty().isEqualTo(TrainingState.PAUSED));
        pauseButton.disableProperty().bind(pausable.not());
        stepButton.disableProperty().bind(pausable.not());
        pauseItem.disableProperty().bind(pausable.not());
        stepItem.disableProperty().bind(pausable.not());
        pauseButton.textProperty().bind(Bindings.when(training.stateProperty().isEqualTo(TrainingState.PAUSED))
                .then(UiText.get("main.resumeButton")).otherwise(UiText.get("main.pauseButton")));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown() && !pauseButton.isDisabled()
                    && !(root.getScene().getFocusOwner() instanceof TextInputControl)) {
                e.consume();
                togglePause();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && !trainButton.isDisabled()) {
                e.consume();
                train();
            } else if (e.getCode() == KeyCode.ESCAPE && !stopButton.isDisabled()
                    && viewModel.training().busyBinding().get()) {
                e.consume();
                stop();
            }
        });
        root.styleProperty().bind(zoom.styleBinding());
        presentationItem.selectedProperty().bindBidirectional(zoom.presentationProperty());
        ChartStyle.shared().scaleProperty().bind(zoom.scaleBinding());
        ChartStyle.shared().highContrastProperty().bind(zoom.presentationProperty());
        zoom.presentationProperty().addListener((obs, was, now) -> presentation(now));
        presentation(zoom.presentationProperty().get());
        viewModel.recentFiles().files().addListener((InvalidationListener) o -> fillRecentMenu());
        fillRecentMenu();
        for (int i = 0; i < Math.min(9, tabs.getTabs().size()); i++) {
            Tab tab = tabs.getTabs().get(i);
            MenuItem item = new MenuItem("_" + (i + 1) + " " + tab.getText());
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)),
                    KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> tabs.getSelectionModel().select(tab));
            goToTabMenu.getItems().add(item);
        }
        fillLanguageMenu();
        InvalidationListener focusTrainAfterStop = o -> {
            if (stopButton.isDisabled() && stopButton.isFocused() && !trainButton.isDisabled()) {
                trainButton.requestFocus();
            }
        };
        stopButton.disabledProperty().addListener(focusTrainAfterStop);
        trainButton.disabledProperty().addListener(focusTrainAfterStop);
        progressBar.progressProperty().bind(training.progressProperty());
        progressLabel.textProperty().bind(training.progressTextProperty());
        timeLabel.textProperty().bind(training.timeTextProperty());
        trainBlockedLabel.textProperty().bind(viewModel.trainBlockedReasonBinding());
        trainBlockedLabel.visibleProperty().bind(trainBlockedLabel.textProperty().isNotEmpty());
        trainBlockedLabel.managedProperty().bind(trainBlockedLabel.visibleProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        dismissErrorButton.visibleProperty().bind(errorLabel.visibleProperty());
        dismissErrorButton.managedProperty().bind(errorLabel.visibleProperty());
        viewModel.onImportOffered(this::showImport);
        var export = viewModel.recommendations();
        exportRecommendationsItem.disableProperty().bind(viewModel.canExportRecommendationsBinding().not());
        exportBox.visibleProperty().bind(export.runningProperty());
        exportBox.managedProperty().bind(export.runningProperty());
        exportProgressBar.progressProperty().bind(export.progressProperty());
        exportProgressLabel.textProperty().bind(export.progressTextProperty());
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    private void presentation(boolean on) {
        if (on) {
            root.getStyleClass().add("presentation");
        } else {
            root.getStyleClass().remove("presentation");
        }
        viewModel.settings().advancedShownProperty().set(!on);
    }

    private void fillLanguageMenu() {
        ToggleGroup group = new ToggleGroup();
        for (UiLanguage language : UiLanguage.values()) {
            RadioMenuItem item = new RadioMenuItem(language.displayName());
            item.setToggleGroup(group);
            item.setSelected(language == UiText.language());
            item.setOnAction(e -> viewModel.chooseLanguage(language));
            languageMenu.getItems().add(item);
        }
    }

    private void fillRecentMenu() {
        recentMenu.getItems().clear();
        List<Path> files = viewModel.recentFiles().list();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            MenuItem item = new MenuItem("_" + (i + 1) + " " + file.getFileName() + "  (" + file.getParent() + ")");
            item.setMnemonicParsing(true);
            item.setOnAction(e -> openRecent(file));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(files.isEmpty());
    }

    private void openRecent(Path file) {
        if (confirmDiscard()) {
            viewModel.openRecent(file);
            tabs.getSelectionModel().select(0);
        }
    }

    @FXML
    private void showGuide() {
        HelpDialogs.showGuide(window());
    }

    @FXML
    private void showShortcuts() {
        HelpDialogs.showShortcuts(window(), MenuShortcuts.of(menuBar));
    }

    @FXML
    private void showAbout() {
        HelpDialogs.showAbout(window(), new AboutViewModel(viewModel.runners(), RuntimeVersions::detect));
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        e.setDropCompleted(!files.isEmpty());
        e.consume();
        if (files.isEmpty()) {
            return;
        }
        Path path = files.get(0).toPath();
        Platform.runLater(() -> {
            if (isModelFile(path)) {
                viewModel.openModel(path);
            } else if (confirmDiscard()) {
                viewModel.openData(path);
                tabs.getSelectionModel().select(0);
            }
        });
    }

    private static boolean isModelFile(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    /** Opens a bundled sample unless the user keeps unsaved data; whether it was opened. */
    private boolean openSample(BundledSample sample) {
        if (!confirmDiscard()) {
            return false;
        }
        viewModel.openSample(sample);
        tabs.getSelectionModel().select(0);
        return true;
    }

    private interface LessonSource {
        Lesson read() throws LessonException;
    }

    private void openLesson(LessonSource source) {
        try {
            viewModel.lesson().open(source.read());
        } catch (LessonException e) {
            viewModel.report(UiText.format("main.cannotOpenLesson", e.getMessage()));
        }
    }

    private void openLessonFile() {
        File file = FileChoosers.open(chooser(UiText.get("main.openLesson"), UiText.get("main.lessonFiles"), "*.lesson", "*.txt"), window());
        if (file != null) {
            openLesson(() -> LessonFile.read(file.toPath(), tabNames()));
        }
    }

    /** Lessons name tabs by id without "Tab" (dataTab: data), so a lesson works in every language. */
    private Set<String> tabNames() {
        return tabs.getTabs().stream().map(MainController::lessonName).collect(Collectors.toSet());
    }

    private static String lessonName(Tab tab) {
        return tab.getId().replaceFirst("Tab$", "").toLowerCase(Locale.ROOT);
    }

    private void showTab(String name) {
        tabs.getTabs().stream().filter(t -> lessonName(t).equals(name)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    public boolean confirmDiscard() {
        if (!viewModel.data().dirtyProperty().get()) {
            return true;
        }
        ButtonType save = new ButtonType(UiText.get("main.discard.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(UiText.get("main.discard.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                UiText.format("main.discard.unsavedEdits", viewModel.data().sourceNameProperty().get()), save, discard,
                ButtonType.CANCEL);
        alert.initOwner(window());
        alert.setHeaderText(UiText.get("main.discard.header"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() == discard || saveData();
    }

    @FXML
    private void newData() {
        if (confirmDiscard()) {
            viewModel.data().newData();
            tabs.getSelectionModel().select(0);
        }
    }

    @FXML
    private void openData() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser(UiText.get("main.chooser.openSequences"), UiText.get("main.chooser.sequencesOrTables"), "*.txt", "*.csv", "*.tsv", "*.dat");
        File file = FileChoosers.open(chooser, window());
        if (file != null) {
            viewModel.openData(file.toPath());
            tabs.getSelectionModel().select(0);
        }
    }

    @FXML
    private void importTable() {
        File file = FileChoosers.open(chooser(UiText.get("main.chooser.importTable"), UiText.get("main.chooser.tables"), "*.csv", "*.tsv", "*.txt", "*.dat"), window());
        if (file != null && confirmDiscard()) {
            showImport(file.toPath());
        }
    }

    /** Opens the Import dialog on {@code file}, as File > Import table does after its file chooser. */
    public void showImport(Path file) {
        ImportDialog.show(window(), viewModel.runners(), file, viewModel.rememberedImport(file), options -> {
            viewModel.importTable(file, options);
            tabs.getSelectionModel().select(0);
        });
    }

    @FXML
    private void openLabels() {
        File file = FileChoosers.open(chooser(UiText.get("main.chooser.openLabels"), UiText.get("main.chooser.labels"), "*.csv", "*.tsv", "*.txt"), window());
        if (file != null) {
            viewModel.openLabels(file.toPath());
        }
    }

    @FXML
    private boolean saveData() {
        Path file = viewModel.data().fileProperty().get();
        return file == null ? saveDataAs() : viewModel.saveData(file);
    }

    @FXML
    private boolean saveDataAs() {
        FileChooser chooser = chooser(UiText.get("main.chooser.saveSequences"), UiText.get("main.chooser.text"), "*.txt", "*.csv");
        chooser.setInitialFileName(viewModel.data().sourceNameProperty().get());
        File file = FileChoosers.save(chooser, window());
        return file != null && viewModel.saveData(file.toPath());
    }

    @FXML
    private void openModel() {
        File file = FileChoosers.open(chooser(UiText.get("main.chooser.openModel"), UiText.get("main.chooser.model"), "*.zip"), window());
        if (file != null) {
            viewModel.openModel(file.toPath());
        }
    }

    @FXML
    private void saveModel() {
        FileChooser chooser = chooser(UiText.get("main.chooser.saveModel"), UiText.get("main.chooser.model"), "*.zip");
        chooser.setInitialFileName("model.zip");
        File file = FileChoosers.save(chooser, window());
        if (file != null) {
            viewModel.saveModel(file.toPath());
        }
    }

    @FXML
    private void openExperiment() {
        File file = FileChoosers.open(chooser(UiText.get("main.chooser.openExperiment"), UiText.get("main.chooser.experiment"), "*.seqlab"), window());
        if (file != null && confirmDiscard()) {
            viewModel.experiments().open(file.toPath());
        }
    }

    @FXML
    private void openPreviousSession() {
        if (confirmDiscard()) {
            viewModel.experiments().openPreviousSession();
        }
    }

    @FXML
    private void saveExperiment() {
        FileChooser chooser = chooser(UiText.get("main.chooser.saveExperiment"), UiText.get("main.chooser.experiment"), "*.seqlab");
        chooser.setInitialFileName("experiment.seqlab");
        File file = FileChoosers.save(chooser, window());
        if (file != null) {
            viewModel.experiments().save(file.toPath());
        }
    }

    @FXML
    private void exportMetrics() {
        FileChooser chooser = chooser(UiText.get("main.chooser.exportMetrics"), "CSV", "*.csv");
        chooser.setInitialFileName("metrics.csv");
        File file = FileChoosers.save(chooser, window());
        if (file != null) {
            viewModel.exportMetrics(file.toPath());
        }
    }

    @FXML
    private void exportRecommendations() {
        FileChooser chooser = chooser(UiText.get("main.chooser.exportRecommendations"), "CSV", "*.csv");
        chooser.setInitialFileName("recommendations.csv");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            viewModel.exportRecommendations(file.toPath());
        }
    }

    @FXML
    private void stopExport() {
        viewModel.recommendations().stop();
    }

    private static FileChooser chooser(String title, String description, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, patterns),
                new FileChooser.ExtensionFilter(UiText.get("main.chooser.allFiles"), "*.*"));
        return chooser;
    }

    /**
     * Shows the Training tab and starts training, as the Train button does. When the tab has to be switched,
     * training starts once the tab has been drawn: with software rendering (Xvfb) that frame took 26-55 ms to
     * paint on an idle machine and 63-95 ms while the data preparation competed with it for the CPU.
     * The keyboard focus moves to Stop first: Train is disabled now and the focused control may be on the tab
     * being hidden, and the focus JavaFX would pick instead is the tab pane, whose {@code :focused} state
     * restyles every node of every tab (about 750 nodes, 50-100 ms in one frame).
     */
    @FXML
    public void train() {
        if (startingTraining.get()) {
            return;
        }
        if (tabs.getSelectionModel().getSelectedIndex() == 2) {
            viewModel.train();
            focusStopWhileTraining();
            return;
        }
        startingTraining.set(true);
        focusStopWhileTraining();
        tabs.getSelectionModel().select(2);
        pendingStart = new PauseTransition(FramePacing.TRAIN_START);
        pendingStart.setOnFinished(e -> {
            pendingStart = null;
            startingTraining.set(false);
            viewModel.train();
        });
        pendingStart.play();
    }

    private void focusStopWhileTraining() {
        if (!stopButton.isDisabled()) {
            stopButton.requestFocus();
        }
    }

    /** True from a Train request until training starts (while the Training tab is being shown). */
    public ReadOnlyBooleanProperty startingTrainingProperty() {
        return startingTraining.getReadOnlyProperty();
    }

    @FXML
    private void largerText() {
        zoom.larger();
    }

    @FXML
    private void smallerText() {
        zoom.smaller();
    }

    @FXML
    private void actualTextSize() {
        zoom.reset();
    }

    public TextZoom zoom() {
        return zoom;
    }

    @FXML
    private void togglePause() {
        viewModel.training().togglePause();
    }

    @FXML
    private void stepEpoch() {
        viewModel.training().stepEpoch();
    }

    @FXML
    private void stop() {
        if (pendingStart != null) {
            pendingStart.stop();
            pendingStart = null;
            startingTraining.set(false);
        }
        viewModel.stop();
    }

    @FXML
    private void dismissError() {
        viewModel.dismissError();
    }

    @FXML
    private void quit() {
        if (confirmDiscard()) {
            viewModel.stop();
            Platform.exit();
        }
    }
}
