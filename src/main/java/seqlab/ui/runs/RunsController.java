package seqlab.ui.runs;

import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.jfree.chart.fx.ChartViewer;
import seqlab.model.Hyperparameter;
import seqlab.runs.RunOutcome;
import seqlab.runs.RunRecord;
import seqlab.ui.common.FileChoosers;
import seqlab.ui.common.UiText;
import seqlab.ui.settings.SettingTexts;

public class RunsController {

    private final RunsViewModel viewModel;
    private final RunsCharts charts = new RunsCharts();

    @FXML private TextField firstAxisField;
    @FXML private TextField secondAxisField;
    @FXML private TextField seedsField;
    @FXML private Button queueButton;
    @FXML private Button stopQueueButton;
    @FXML private Label sweepProgressLabel;
    @FXML private Label sweepProblemLabel;
    @FXML private TextField filterField;
    @FXML private Button rerunButton;
    @FXML private Button useSettingsButton;
    @FXML private Button keepButton;
    @FXML private Button useModelButton;
    @FXML private TableView<RunRecord> runsTable;
    @FXML private Label messageLabel;
    @FXML private Label differenceLabel;
    @FXML private Label statisticsLabel;
    @FXML private StackPane lossChartHolder;
    @FXML private StackPane hr10ChartHolder;
    private SortedList<RunRecord> sorted;

    public RunsController(RunsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        firstAxisField.textProperty().bindBidirectional(viewModel.sweeps().firstAxisProperty());
        secondAxisField.textProperty().bindBidirectional(viewModel.sweeps().secondAxisProperty());
        seedsField.textProperty().bindBidirectional(viewModel.sweeps().seedsProperty());
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        queueButton.disableProperty().bind(viewModel.sweeps().canQueueBinding().not());
        stopQueueButton.disableProperty().bind(viewModel.sweeps().runningProperty().not());
        sweepProgressLabel.textProperty().bind(viewModel.sweeps().progressTextProperty());
        sweepProblemLabel.textProperty().bind(viewModel.sweeps().sweepProblemBinding());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        differenceLabel.textProperty().bind(viewModel.differenceTextProperty());
        statisticsLabel.textProperty().bind(viewModel.statisticsTextProperty());
        var noSingle = Bindings.size(viewModel.selected()).isNotEqualTo(1);
        rerunButton.disableProperty().bind(noSingle.or(viewModel.sweeps().idleBinding().not()));
        useSettingsButton.disableProperty().bind(noSingle);
        keepButton.disableProperty().bind(Bindings.isEmpty(viewModel.selected()));
        useModelButton.disableProperty().bind(noSingle);

        ChartViewer loss = new ChartViewer(charts.lossChart());
        loss.setId("runsLossChart");
        ChartViewer hr10 = new ChartViewer(charts.hr10Chart());
        hr10.setId("runsHr10Chart");
        lossChartHolder.getChildren().add(loss);
        hr10ChartHolder.getChildren().add(hr10);

        buildColumns();
        runsTable.getStyleClass().add("runs-table");
        runsTable.setPlaceholder(new Label(UiText.get("runs.noRuns")));
        sorted = new SortedList<>(viewModel.filteredRuns());
        sorted.comparatorProperty().bind(runsTable.comparatorProperty());
        runsTable.setItems(sorted);
        runsTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        runsTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunRecord>) c ->
                viewModel.select(List.copyOf(runsTable.getSelectionModel().getSelectedItems())));
        viewModel.selected().addListener((ListChangeListener<RunRecord>) c -> {
            charts.show(viewModel.legendNames(viewModel.selected()));
            showSelectionInTable();
            runsTable.refresh();
        });
        viewModel.kept().addListener((SetChangeListener<String>) c -> runsTable.refresh());
        charts.show(viewModel.legendNames(viewModel.selected()));
        showSelectionInTable();
    }

    private void showSelectionInTable() {
        var table = runsTable.getSelectionModel();
        if (Set.copyOf(table.getSelectedItems()).equals(Set.copyOf(viewModel.selected()))) {
            return;
        }
        List<RunRecord> wanted = List.copyOf(viewModel.selected());
        table.clearSelection();
        for (RunRecord r : wanted) {
            table.select(r);
        }
    }

    private void buildColumns() {
        TableColumn<RunRecord, Integer> number = column("#", r -> viewModel.number(r));
        number.setPrefWidth(40);
        TableColumn<RunRecord, String> outcome = column(UiText.get("runs.col.outcome"), r -> RunsViewModel.outcomeText(r.outcome())
                + (r.outcome() != RunOutcome.FAILED && !r.message().isEmpty() ? " " + UiText.get("runs.warning") : ""));
        TableColumn<RunRecord, String> keep = column(UiText.get("runs.col.kept"), r -> viewModel.kept().contains(r.id()) ? UiText.get("runs.yes") : "");
        keep.setPrefWidth(45);
        runsTable.getColumns().addAll(List.of(number, outcome, keep,
                metric(UiText.get("runs.col.valMrr10"), r -> r.validationValue("lstm", "mrr@10")),
                metric(UiText.get("runs.col.valHr10"), r -> r.validationValue("lstm", "hr@10")),
                metric(UiText.get("runs.col.testHr10"), r -> r.testValue("lstm", "hr@10")),
                metric(UiText.get("runs.col.testMrr10"), r -> r.testValue("lstm", "mrr@10")),
                metric(UiText.get("runs.col.testNdcg10"), r -> r.testValue("lstm", "ndcg@10")),
                metric(UiText.get("runs.col.testLoss"), r -> r.testValue("lstm", "loss")),
                metric(UiText.get("runs.col.markovHr10"), r -> r.testValue("markov", "hr@10")),
                metric(UiText.get("runs.col.popularityHr10"), r -> r.testValue("popularity", "hr@10")),
                seconds(RunRecord::wallSeconds)));
        runsTable.getColumns().add(column(UiText.get("runs.col.bestEpoch"), r -> UiText.format("runs.bestOf", r.bestEpoch(), r.epochsTrained())));
        for (Hyperparameter h : Hyperparameter.values()) {
            runsTable.getColumns().add(setting(h));
        }
        runsTable.getColumns().add(column(UiText.get("runs.col.group"), RunRecord::group));
        runsTable.getColumns().add(column(UiText.get("runs.col.data"), r -> r.data() == null ? "" : r.data().source()));
        TableColumn<RunRecord, String> started = column(UiText.get("runs.col.started"), RunRecord::started);
        // the cell holds the ISO time, so the column sorts by time; it shows the local, localized time
        started.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String iso, boolean empty) {
                super.updateItem(iso, empty);
                setText(empty || iso == null ? null : StartTime.shown(iso));
            }
        });
        runsTable.getColumns().add(started);
    }

    private static <T> TableColumn<RunRecord, T> column(String title, Function<RunRecord, T> value) {
        TableColumn<RunRecord, T> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private static TableColumn<RunRecord, Double> seconds(Function<RunRecord, Double> value) {
        return numeric(UiText.get("runs.col.seconds"), value, "%.1f");
    }

    private static TableColumn<RunRecord, Double> metric(String title, Function<RunRecord, Double> value) {
        return numeric(title, value, "%.4f");
    }

    private static TableColumn<RunRecord, Double> numeric(String title, Function<RunRecord, Double> value,
                                                          String format) {
        TableColumn<RunRecord, Double> c = column(title, value);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || !Double.isFinite(v) ? (empty ? null : "-")
                        : String.format(UiText.language().locale(), format, v));
            }
        });
        return c;
    }

    private TableColumn<RunRecord, String> setting(Hyperparameter h) {
        TableColumn<RunRecord, String> c = column(SettingTexts.label(h), r -> h.text(r.settings()));
        c.setId("setting-" + h.key());
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                RunRecord row = empty || getTableRow() == null ? null : getTableRow().getItem();
                boolean differs = row != null && viewModel.selected().contains(row)
                        && viewModel.differingProperty().get().contains(h);
                getStyleClass().remove("differs");
                if (differs) {
                    getStyleClass().add("differs");
                }
            }
        });
        return c;
    }

    private RunRecord single() {
        return viewModel.selected().size() == 1 ? viewModel.selected().get(0) : null;
    }

    @FXML
    private void queueSweep() {
        viewModel.sweeps().queueSweep();
    }

    @FXML
    private void stopQueue() {
        viewModel.sweeps().stop();
    }

    @FXML
    private void rerun() {
        if (single() != null) {
            viewModel.sweeps().rerun(single());
        }
    }

    @FXML
    private void useSettings() {
        if (single() != null) {
            viewModel.useSettingsOf(single());
        }
    }

    @FXML
    private void useModel() {
        viewModel.useSelectedModel();
    }

    @FXML
    private void keep() {
        viewModel.toggleKeep(List.copyOf(viewModel.selected()));
    }

    @FXML
    private void exportRuns() {
        File file = csvChooser("runs.csv");
        if (file != null) {
            viewModel.exportRuns(file.toPath());
        }
    }

    @FXML
    private void exportCurves() {
        File file = csvChooser("curves.csv");
        if (file != null) {
            viewModel.exportCurves(file.toPath());
        }
    }

    private File csvChooser(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return FileChoosers.save(chooser, runsTable.getScene().getWindow());
    }

}
