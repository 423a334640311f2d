package seqlab.ui.data;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import seqlab.ui.common.FramePacing;
import seqlab.ui.common.UiText;

public class DataController {

    private static final Pattern LINE = Pattern.compile("\\p{L}+ (\\d+): ");

    private final DataViewModel viewModel;
    private final PauseTransition reparseDelay = new PauseTransition(FramePacing.REPARSE);

    @FXML private Label fileLabel;
    @FXML private Label labelsLabel;
    @FXML private TextArea editor;
    @FXML private Label readOnlyLabel;
    @FXML private Label errorLabel;
    @FXML private Label problemsHeading;
    @FXML private ListView<String> problemsList;
    @FXML private Label summaryLabel;
    @FXML private Label histogramNote;
    @FXML private BarChart<String, Number> histogramChart;
    @FXML private ListView<String> topItemsList;
    @FXML private HBox seenItemsBox;
    @FXML private Label seenItemsLabel;
    @FXML private Button excludeSeenButton;

    public DataController(DataViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        fileLabel.textProperty().bind(viewModel.sourceNameProperty());
        labelsLabel.textProperty().bind(viewModel.labelsNameProperty());
        editor.textProperty().bindBidirectional(viewModel.textProperty());
        editor.editableProperty().bind(viewModel.editableProperty());
        readOnlyLabel.visibleProperty().bind(viewModel.editableProperty().not());
        readOnlyLabel.managedProperty().bind(readOnlyLabel.visibleProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        problemsList.setItems(viewModel.problems());
        problemsHeading.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.format("data.linesNotUsedCount", viewModel.problems().size()), viewModel.problems()));
        problemsList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> selectLine(now));
        histogramNote.textProperty().bind(viewModel.histogramNoteProperty());
        topItemsList.setItems(viewModel.topItems());
        seenItemsLabel.textProperty().bind(viewModel.seenItemsSuggestionBinding());
        seenItemsBox.visibleProperty().bind(viewModel.seenItemsSuggestionBinding().isNotEmpty());
        seenItemsBox.managedProperty().bind(seenItemsBox.visibleProperty());
        excludeSeenButton.setOnAction(e -> viewModel.excludeSeenItems());
        reparseDelay.setOnFinished(e -> viewModel.reparse());
        viewModel.textProperty().addListener((obs, old, now) -> {
            if (viewModel.dirtyProperty().get()) {
                reparseDelay.playFromStart();
            }
        });
        viewModel.summaryProperty().addListener((obs, old, now) -> showSummary());
        showSummary();
    }

    private void showSummary() {
        summaryLabel.setText(viewModel.summaryText());
        List<XYChart.Data<String, Number>> bars = viewModel.histogram().stream()
                .map(b -> new XYChart.Data<String, Number>(shortest(b.lengths()), b.sequences())).toList();
        // a BarChart does not pick up new categories on an existing series: give it a fresh one
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.getData().setAll(bars);
        ((CategoryAxis) histogramChart.getXAxis()).setCategories(
                FXCollections.observableArrayList(bars.stream().map(XYChart.Data::getXValue).toList()));
        histogramChart.getData().setAll(List.of(series));
    }

    /** "20-216" becomes "20": a dozen full ranges do not fit side by side, and rotated labels squash the plot. */
    private static String shortest(String lengths) {
        int dash = lengths.indexOf('-');
        return dash < 0 ? lengths : lengths.substring(0, dash);
    }

    private void selectLine(String problem) {
        // "line 3: ..." in any language; a labels file's lines ("items.csv line 3: ...") are not in the editor
        Matcher m = problem == null ? null : LINE.matcher(problem);
        if (m == null || !m.lookingAt()) {
            return;
        }
        int line = Integer.parseInt(m.group(1));
        String text = editor.getText();
        int start = 0;
        for (int i = 1; i < line && start >= 0; i++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return;
            }
        }
        int end = text.indexOf('\n', start);
        editor.selectRange(start, end < 0 ? text.length() : end);
        editor.requestFocus();
    }
}
