package seqlab.ui.tableimport;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import seqlab.data.ReadOptions;
import seqlab.ui.common.UiText;

public class ImportController {

    private final ImportViewModel viewModel;
    private final Consumer<ReadOptions> onImport;

    @FXML private Label fileLabel;
    @FXML private ComboBox<ImportViewModel.Delimiter> delimiterBox;
    @FXML private ComboBox<String> sequenceBox;
    @FXML private ComboBox<String> itemBox;
    @FXML private ComboBox<String> timeBox;
    @FXML private ComboBox<String> labelBox;
    @FXML private Label timeNoteLabel;
    @FXML private Label summaryLabel;
    @FXML private TableView<List<String>> previewTable;
    @FXML private ListView<String> failedRowsList;
    @FXML private Label blockedLabel;
    @FXML private Button importButton;

    /** Shows the "(none)" choice in the interface's language; the view model keeps its own marker. */
    private static final StringConverter<String> NONE_SHOWN = new StringConverter<>() {
        @Override
        public String toString(String column) {
            return ImportViewModel.NONE.equals(column) ? UiText.get("import.none") : column;
        }

        @Override
        public String fromString(String text) {
            return UiText.get("import.none").equals(text) ? ImportViewModel.NONE : text;
        }
    };

    public ImportController(ImportViewModel viewModel, Consumer<ReadOptions> onImport) {
        this.viewModel = viewModel;
        this.onImport = onImport;
    }

    @FXML
    private void initialize() {
        fileLabel.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.format("import.fileHeading", String.valueOf(viewModel.fileProperty().get())),
                viewModel.fileProperty()));
        delimiterBox.getItems().setAll(ImportViewModel.Delimiter.values());
        delimiterBox.valueProperty().bindBidirectional(viewModel.delimiterProperty());
        sequenceBox.setItems(viewModel.columns());
        itemBox.setItems(viewModel.columns());
        timeBox.setConverter(NONE_SHOWN);
        labelBox.setConverter(NONE_SHOWN);
        timeBox.setItems(viewModel.optionalColumns());
        labelBox.setItems(viewModel.optionalColumns());
        sequenceBox.valueProperty().bindBidirectional(viewModel.sequenceColumnProperty());
        itemBox.valueProperty().bindBidirectional(viewModel.itemColumnProperty());
        timeBox.valueProperty().bindBidirectional(viewModel.timeColumnProperty());
        labelBox.valueProperty().bindBidirectional(viewModel.labelColumnProperty());
        timeNoteLabel.textProperty().bind(viewModel.timeNoteProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        failedRowsList.setItems(viewModel.problems());
        previewTable.setItems(viewModel.previewRows());
        blockedLabel.textProperty().bind(viewModel.blockedReasonBinding());
        importButton.disableProperty().bind(viewModel.canImportBinding().not());
        viewModel.columns().addListener((ListChangeListener<String>) c -> showColumns());
        showColumns();
    }

    private void showColumns() {
        List<String> names = viewModel.columns();
        previewTable.getColumns().clear();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(names.get(i));
            column.setSortable(false);
            column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                    index < row.getValue().size() ? row.getValue().get(index) : ""));
            previewTable.getColumns().add(column);
        }
    }

    @FXML
    private void importTable() {
        onImport.accept(viewModel.options());
        close();
    }

    @FXML
    private void cancel() {
        close();
    }

    private void close() {
        ((Stage) importButton.getScene().getWindow()).close();
    }
}
