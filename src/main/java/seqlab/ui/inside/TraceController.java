package seqlab.ui.inside;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

public class TraceController {

    private final TraceViewModel viewModel;
    private final TopItemsMap topMap = new TopItemsMap();
    private final StateMap hiddenMap;
    private final StateMap cellMap;
    private final HBox stateMaps = new HBox(12);

    @FXML private VBox root;
    @FXML private TextField prefixField;
    @FXML private Spinner<Integer> topKSpinner;
    @FXML private Spinner<Integer> stepSpinner;
    @FXML private Label messageLabel;
    @FXML private Label unknownLabel;
    @FXML private Label truncatedLabel;
    @FXML private SplitPane content;
    @FXML private VBox evidenceBox;
    @FXML private ScrollPane topScroll;
    @FXML private ScrollPane stateScroll;
    @FXML private Label evidenceTitle;
    @FXML private TableView<EvidenceRow> evidenceTable;
    @FXML private TableColumn<EvidenceRow, String> itemColumn;
    @FXML private TableColumn<EvidenceRow, String> labelColumn;
    @FXML private TableColumn<EvidenceRow, String> rankColumn;
    @FXML private TableColumn<EvidenceRow, String> probabilityColumn;
    @FXML private TableColumn<EvidenceRow, String> prefixColumn;
    @FXML private TableColumn<EvidenceRow, String> last2Column;
    @FXML private TableColumn<EvidenceRow, String> last1Column;
    @FXML private Label readingLabel;
    @FXML private Label notesLabel;
    @FXML private Label hoverLabel;
    @FXML private Label exportLabel;

    public TraceController(TraceViewModel viewModel) {
        this.viewModel = viewModel;
        hiddenMap = new StateMap(false, this::hover);
        cellMap = new StateMap(true, this::hover);
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(TraceController.class.getResource("/seqlab/ui/samples.css").toExternalForm());
        topMap.setId("topItemsMap");
        hiddenMap.setId("hiddenStateMap");
        cellMap.setId("cellStateMap");
        topScroll.setContent(topMap);
        stateMaps.setId("stateMaps");
        stateMaps.getChildren().addAll(titled("h (hidden state)", hiddenMap), titled("c (cell state)", cellMap));
        stateScroll.setContent(stateMaps);
        prefixField.textProperty().bindBidirectional(viewModel.prefixProperty());
        topKSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, TraceViewModel.MAX_TOP_ITEMS,
                viewModel.topKProperty().get()));
        topKSpinner.valueProperty().addListener((obs, old, now) -> viewModel.topKProperty().set(now));
        var steps = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1, 1);
        stepSpinner.setValueFactory(steps);
        stepSpinner.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != viewModel.evidenceStepProperty().get()) {
                viewModel.evidenceStepProperty().set(now);
            }
        });
        messageLabel.textProperty().bind(viewModel.messageProperty());
        shownWhenNotEmpty(messageLabel);
        unknownLabel.textProperty().bind(viewModel.unknownItemsProperty());
        shownWhenNotEmpty(unknownLabel);
        truncatedLabel.textProperty().bind(viewModel.truncatedProperty());
        shownWhenNotEmpty(truncatedLabel);
        content.visibleProperty().bind(viewModel.explanationProperty().isNotNull());
        content.managedProperty().bind(content.visibleProperty());
        evidenceTitle.textProperty().bind(viewModel.evidenceTitleProperty());
        readingLabel.textProperty().bind(viewModel.readingProperty());
        notesLabel.textProperty().bind(viewModel.notesProperty());
        shownWhenNotEmpty(notesLabel);
        evidenceTable.setItems(viewModel.evidenceRows());
        column(itemColumn, EvidenceRow::item);
        column(labelColumn, EvidenceRow::label);
        column(rankColumn, r -> r.rank() == null ? "" : String.valueOf(r.rank()));
        column(probabilityColumn, r -> r.total() ? "" : TraceViewModel.percent(r.probability()));
        column(prefixColumn, r -> TraceViewModel.count(r.prefix()));
        column(last2Column, r -> TraceViewModel.count(r.last2()));
        column(last1Column, r -> TraceViewModel.count(r.last1()));
        evidenceTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(EvidenceRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("trace-total");
                if (!empty && row != null && row.total()) {
                    getStyleClass().add("trace-total");
                }
            }
        });
        viewModel.explanationProperty().addListener((obs, old, now) -> redraw());
        viewModel.topKProperty().addListener((obs, old, now) -> topMap.show(viewModel, this::pick));
        viewModel.evidenceStepProperty().addListener((obs, old, now) -> {
            topMap.show(viewModel, this::pick);
            if (now.intValue() >= 1) {
                stepSpinner.getValueFactory().setValue(now.intValue());
            }
        });
        redraw();
    }

    private void redraw() {
        var steps = (SpinnerValueFactory.IntegerSpinnerValueFactory) stepSpinner.getValueFactory();
        steps.setMax(Math.max(1, viewModel.steps()));
        steps.setValue(Math.max(1, viewModel.evidenceStepProperty().get()));
        topMap.show(viewModel, this::pick);
        hiddenMap.show(viewModel);
        cellMap.show(viewModel);
    }

    private void pick(int step) {
        viewModel.evidenceStepProperty().set(step);
    }

    private void hover(String text) {
        hoverLabel.setText(text.isEmpty() ? " " : text);
    }

    private static VBox titled(String title, Node node) {
        Label l = new Label(title);
        l.getStyleClass().add("trace-header");
        return new VBox(2, l, node);
    }

    private static void shownWhenNotEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static void column(TableColumn<EvidenceRow, String> column, Function<EvidenceRow, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        column.setSortable(false);
    }

    @FXML
    private void copyTopItems() {
        ViewExport.copy(viewModel.topItemsText());
        exportLabel.setText("copied the top items after each step");
    }

    @FXML
    private void copyEvidence() {
        ViewExport.copy(viewModel.evidenceText());
        exportLabel.setText("copied the evidence table");
    }

    @FXML
    private void copyState() {
        ViewExport.copy(viewModel.stateText());
        exportLabel.setText("copied the LSTM state (" + viewModel.units() + " units)");
    }

    @FXML
    private void exportTopItems() {
        export(topMap, "trace-top-items.png");
    }

    @FXML
    private void exportEvidence() {
        export(evidenceBox, "trace-evidence.png");
    }

    @FXML
    private void exportState() {
        export(stateMaps, "trace-lstm-state.png");
    }

    @FXML
    private void exportView() {
        export(root, "trace.png");
    }

    private void export(Node node, String name) {
        String done = ViewExport.png(node, name);
        if (!done.isEmpty()) {
            exportLabel.setText(done);
        }
    }
}
