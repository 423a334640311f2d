package seqlab.ui.prediction;


import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.jfree.chart.fx.ChartViewer;
import seqlab.model.ScoredItem;
import seqlab.ui.common.UiText;

public class PredictionController {

    private final PredictionViewModel viewModel;
    private final ProbabilityChart chart = new ProbabilityChart();

    @FXML private TextField prefixField;
    @FXML private Spinner<Integer> topKSpinner;
    @FXML private ListView<String> suggestionsList;
    @FXML private Label messageLabel;
    @FXML private Label unknownLabel;
    @FXML private Label seenItemsLabel;
    @FXML private Label modelLabel;
    @FXML private Label otherDataLabel;
    @FXML private StackPane chartHolder;
    @FXML private TableView<ScoredItem> rankedTable;
    @FXML private TableColumn<ScoredItem, Integer> rankColumn;
    @FXML private TableColumn<ScoredItem, String> itemColumn;
    @FXML private TableColumn<ScoredItem, String> labelColumn;
    @FXML private TableColumn<ScoredItem, String> probabilityColumn;

    public PredictionController(PredictionViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        prefixField.textProperty().bindBidirectional(viewModel.prefixProperty());
        topKSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 50, viewModel.topKProperty().get()));
        topKSpinner.valueProperty().addListener((obs, old, now) -> viewModel.topKProperty().set(now));
        suggestionsList.setItems(viewModel.suggestions());
        suggestionsList.visibleProperty().bind(Bindings.isNotEmpty(viewModel.suggestions()));
        suggestionsList.managedProperty().bind(suggestionsList.visibleProperty());
        suggestionsList.setOnMouseClicked(e -> applySelectedSuggestion());
        suggestionsList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                applySelectedSuggestion();
            }
        });
        prefixField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !viewModel.suggestions().isEmpty()) {
                suggestionsList.requestFocus();
                suggestionsList.getSelectionModel().selectFirst();
            }
        });
        messageLabel.textProperty().bind(viewModel.messageProperty());
        unknownLabel.textProperty().bind(viewModel.unknownItemsProperty());
        modelLabel.textProperty().bind(viewModel.modelTextProperty());
        otherDataLabel.textProperty().bind(viewModel.otherDataWarningProperty());
        otherDataLabel.visibleProperty().bind(viewModel.otherDataWarningProperty().isNotEmpty());
        otherDataLabel.managedProperty().bind(otherDataLabel.visibleProperty());
        seenItemsLabel.textProperty().bind(viewModel.seenItemsNoteProperty());
        seenItemsLabel.visibleProperty().bind(viewModel.seenItemsNoteProperty().isNotEmpty());
        seenItemsLabel.managedProperty().bind(seenItemsLabel.visibleProperty());
        ChartViewer viewer = new ChartViewer(chart.chart());
        viewer.setId("probabilityChart");
        chartHolder.getChildren().add(viewer);
        viewModel.top().addListener((ListChangeListener<ScoredItem>) c -> chart.show(viewModel.top()));
        chart.show(viewModel.top());
        rankedTable.setItems(viewModel.ranked());
        rankColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        itemColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().item()));
        labelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        // the label takes what the fixed columns leave (18 px for a vertical scroll bar), so long names are not cut
        labelColumn.prefWidthProperty().bind(rankedTable.widthProperty().subtract(rankColumn.widthProperty())
                .subtract(itemColumn.widthProperty()).subtract(probabilityColumn.widthProperty()).subtract(18));
        labelColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String label, boolean empty) {
                super.updateItem(label, empty);
                setText(empty ? null : label);
                setTooltip(empty || label == null ? null : new Tooltip(label));
            }
        });
        probabilityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                UiText.format("prediction.percent", c.getValue().probability())));
    }

    private void applySelectedSuggestion() {
        String s = suggestionsList.getSelectionModel().getSelectedItem();
        if (s != null) {
            viewModel.applySuggestion(s);
            prefixField.requestFocus();
            prefixField.positionCaret(prefixField.getText().length());
        }
    }
}
