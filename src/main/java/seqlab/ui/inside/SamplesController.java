package seqlab.ui.inside;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import seqlab.model.TrainingSamples;
import seqlab.model.TrainingSamples.CellKind;
import seqlab.ui.common.CoreSentences;
import seqlab.ui.common.UiText;

public class SamplesController {

    private final SamplesViewModel viewModel;
    private final SamplesGrid currentGrid = new SamplesGrid();
    private final SamplesGrid notebookGrid = new SamplesGrid();

    @FXML private VBox root;
    @FXML private Spinner<Integer> sequenceSpinner;
    @FXML private TextField typedField;
    @FXML private Label messageLabel;
    @FXML private Label currentTitle;
    @FXML private Label currentExplanation;
    @FXML private Label notebookExplanation;
    @FXML private Label exportLabel;
    @FXML private ScrollPane currentScroll;
    @FXML private ScrollPane notebookScroll;
    @FXML private FlowPane legend;

    public SamplesController(SamplesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(SamplesController.class.getResource("/seqlab/ui/samples.css").toExternalForm());
        currentGrid.setId("currentGrid");
        notebookGrid.setId("notebookGrid");
        currentScroll.setContent(currentGrid);
        notebookScroll.setContent(notebookGrid);
        var numbers = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1, 1);
        numbers.maxProperty().bind(javafx.beans.binding.Bindings.max(1, viewModel.sequenceCountProperty()));
        sequenceSpinner.setValueFactory(numbers);
        sequenceSpinner.valueProperty().addListener((obs, old, now) -> viewModel.sequenceNumberProperty().set(now));
        sequenceSpinner.disableProperty().bind(viewModel.typedProperty().isNotEmpty());
        typedField.textProperty().bindBidirectional(viewModel.typedProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.samplesProperty().addListener((obs, old, now) -> showCurrent(now));
        viewModel.notebookProperty().addListener((obs, old, now) -> showNotebook(now));
        showCurrent(viewModel.samplesProperty().get());
        showNotebook(viewModel.notebookProperty().get());
        for (CellKind kind : CellKind.values()) {
            legend.getChildren().add(SamplesGrid.cell(kind, kindName(kind), legendText(kind)));
        }
        Label read = SamplesGrid.cell(CellKind.ITEM, UiText.get("samples.kind.read"), UiText.get("samples.legend.read"));
        read.getStyleClass().add("samples-read");
        legend.getChildren().add(read);
    }

    private static String kindName(CellKind kind) {
        return UiText.get(switch (kind) {
            case PAD -> "samples.kind.pad";
            case ITEM -> "samples.kind.item";
            case TARGET -> "samples.kind.target";
            case MASKED -> "samples.kind.masked";
            case TRUNCATED -> "samples.kind.truncated";
        });
    }

    private static String legendText(CellKind kind) {
        return UiText.get(switch (kind) {
            case PAD -> "samples.legend.pad";
            case ITEM -> "samples.legend.item";
            case TARGET -> "samples.legend.target";
            case MASKED -> "samples.legend.masked";
            case TRUNCATED -> "samples.legend.truncated";
        });
    }

    private void showCurrent(TrainingSamples samples) {
        currentGrid.show(samples);
        currentTitle.setText(samples == null ? UiText.get("samples.currentSettings")
                : UiText.format("samples.currentSettingsOf", CoreSentences.of(samples.describeConfig())));
        currentExplanation.setText(samples == null ? "" : CoreSentences.of(samples.explanation()));
    }

    private void showNotebook(TrainingSamples samples) {
        notebookGrid.show(samples);
        // the notebook reads the last time step, the grid's right end: keep it in view
        notebookScroll.layout();
        notebookScroll.setHvalue(notebookScroll.getHmax());
        notebookExplanation.setText(samples == null ? "" : CoreSentences.of(samples.explanation()));
    }

    @FXML
    private void copyText() {
        ViewExport.copy(viewModel.copyText());
    }

    @FXML
    private void exportCurrent() {
        export(currentGrid, "samples.png");
    }

    @FXML
    private void exportNotebook() {
        export(notebookGrid, "notebook-samples.png");
    }

    @FXML
    private void exportBoth() {
        export(root, "samples-view.png");
    }

    private void export(Node node, String name) {
        String done = ViewExport.png(node, name);
        if (!done.isEmpty()) {
            exportLabel.setText(done);
        }
    }
}
