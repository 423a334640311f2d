package seqlab.ui.main;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.Parent;
import javafx.scene.Scene;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;
import seqlab.ui.data.DataController;
import seqlab.ui.inside.EmbeddingMapController;
import seqlab.ui.inside.EpochScrubberController;
import seqlab.ui.inside.SamplesController;
import seqlab.ui.inside.TraceController;
import seqlab.ui.lesson.LessonController;
import seqlab.ui.prediction.PredictionController;
import seqlab.ui.runs.RunsController;
import seqlab.ui.settings.SettingsController;
import seqlab.ui.training.TrainingController;

public final class MainWindow {

    private static final Map<String, String> DEFERRED_VIEWS = Map.of("settingsTab", "settings.fxml",
            "trainingTab", "training.fxml", "predictionTab", "prediction.fxml", "runsTab", "runs.fxml",
            "samplesTab", "samples.fxml", "traceTab", "trace.fxml", "embeddingsTab", "embeddings.fxml");

    private final Scene scene;
    private final MainController controller;
    private final FXMLLoader loader;

    private MainWindow(Scene scene, MainController controller, FXMLLoader loader, MainViewModel viewModel) {
        this.scene = scene;
        this.controller = controller;
        this.loader = loader;
        // a trace or a map of 9,000 items is computed for every epoch and keystroke only while someone looks at it
        viewModel.trace().shownProperty().bind(tab("traceTab").selectedProperty());
        viewModel.embeddings().shownProperty().bind(tab("embeddingsTab").selectedProperty());
        viewModel.samples().shownProperty().bind(tab("samplesTab").selectedProperty());
        Tab dataTab = tab("dataTab");
        dataTab.setContent(new TabView(dataTab, dataTab.getContent(), 0));
        for (String tabId : DEFERRED_VIEWS.keySet()) {
            Tab tab = tab(tabId);
            tab.selectedProperty().addListener((obs, was, selected) -> {
                if (selected) {
                    loadView(tabId);
                }
            });
        }
    }

    private Tab tab(String id) {
        return (Tab) loader.getNamespace().get(id);
    }

    private void loadView(String tabId) {
        Tab tab = tab(tabId);
        if (tab.getContent() != null) {
            return;
        }
        FXMLLoader view = new FXMLLoader(MainWindow.class.getResource("/seqlab/fxml/" + DEFERRED_VIEWS.get(tabId)));
        view.setControllerFactory(loader.getControllerFactory());
        view.setResources(loader.getResources());
        try {
            Node content = view.load();
            tab.setContent(new TabView(tab, content, tab.getTabPane().getTabs().indexOf(tab)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void loadDeferredViews() {
        DEFERRED_VIEWS.keySet().stream().sorted().forEach(this::loadView);
    }

    public void loadDeferredViewsLater() {
        for (String tabId : List.of("settingsTab", "trainingTab", "predictionTab", "runsTab", "samplesTab",
                "traceTab", "embeddingsTab")) {
            Platform.runLater(() -> loadView(tabId));
        }
    }

    public static MainWindow create(MainViewModel viewModel) {
        UiText.use(UiLanguage.chosen(viewModel.preferences(), Locale.getDefault()));
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/seqlab/fxml/main.fxml"), UiText.bundle());
        loader.setControllerFactory(type -> {
            if (type == MainController.class) {
                return new MainController(viewModel);
            } else if (type == DataController.class) {
                return new DataController(viewModel.data());
            } else if (type == SettingsController.class) {
                return new SettingsController(viewModel.settings());
            } else if (type == TrainingController.class) {
                return new TrainingController(viewModel.training());
            } else if (type == PredictionController.class) {
                return new PredictionController(viewModel.prediction());
            } else if (type == RunsController.class) {
                return new RunsController(viewModel.runs());
            } else if (type == LessonController.class) {
                return new LessonController(viewModel.lesson());
            } else if (type == SamplesController.class) {
                return new SamplesController(viewModel.samples());
            } else if (type == TraceController.class) {
                return new TraceController(viewModel.trace());
            } else if (type == EmbeddingMapController.class) {
                return new EmbeddingMapController(viewModel.embeddings());
            } else if (type == EpochScrubberController.class) {
                return new EpochScrubberController(viewModel.epochScrubber());
            }
            throw new IllegalArgumentException("no controller for " + type);
        });
        try {
            Parent root = loader.load();
            Scene scene = new Scene(root, 1200, 780);
            scene.getStylesheets().add(MainWindow.class.getResource("/seqlab/ui/seqlab.css").toExternalForm());
            return new MainWindow(scene, loader.getController(), loader, viewModel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Scene scene() {
        return scene;
    }

    public MainController controller() {
        return controller;
    }
}
