package seqlab.ui.training;

import java.io.File;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import seqlab.ui.ErrorMessages;

public class TrainingController {

    private final TrainingViewModel viewModel;
    private final MetricsCharts charts = new MetricsCharts();

    @FXML private StackPane lossChartHolder;
    @FXML private StackPane accuracyChartHolder;
    @FXML private Label finishLabel;
    @FXML private TextArea logArea;

    public TrainingController(TrainingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        ChartViewer loss = new ChartViewer(charts.lossChart());
        loss.setId("lossChart");
        ChartViewer accuracy = new ChartViewer(charts.accuracyChart());
        accuracy.setId("accuracyChart");
        lossChartHolder.getChildren().add(loss);
        accuracyChartHolder.getChildren().add(accuracy);
        finishLabel.textProperty().bind(viewModel.finishNoteProperty());
        viewModel.epochs().forEach(charts::add);
        if (viewModel.planProperty().get() != null) {
            charts.showBaselines(viewModel.planProperty().get().validationBaselines());
        }
        viewModel.log().forEach(line -> logArea.appendText(line + "\n"));
        viewModel.epochs().addListener((ListChangeListener<seqlab.model.EpochMetrics>) change -> {
            while (change.next()) {
                if (change.wasRemoved() && viewModel.epochs().isEmpty()) {
                    charts.clear();
                }
                change.getAddedSubList().forEach(charts::add);
            }
        });
        viewModel.planProperty().addListener((obs, old, plan) -> {
            if (plan != null) {
                charts.showBaselines(plan.validationBaselines());
            }
        });
        viewModel.log().addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(line -> logArea.appendText(line + "\n"));
            }
        });
    }

    public MetricsCharts charts() {
        return charts;
    }

    @FXML
    private void exportLossChart() {
        export(charts.lossChart(), "loss.png");
    }

    @FXML
    private void exportAccuracyChart() {
        export(charts.accuracyChart(), "accuracy.png");
    }

    private void export(JFreeChart chart, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(logArea.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            MetricsCharts.savePng(chart, file);
            logArea.appendText("chart saved to " + file + "\n");
        } catch (Exception e) {
            logArea.appendText(ErrorMessages.of("Cannot export the chart", e) + "\n");
        }
    }

    @FXML
    private void copyLog() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.logText());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
