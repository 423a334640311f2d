package seqlab.ui.training;

import java.io.File;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import seqlab.model.EpochMetrics;
import seqlab.model.TrainingPlan;
import seqlab.ui.common.ChartStyle;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.common.FileChoosers;
import seqlab.ui.common.FramePacing;
import seqlab.ui.common.StaggeredSteps;
import seqlab.ui.common.UiText;

public class TrainingController {

    private final TrainingViewModel viewModel;
    private final MetricsCharts charts = new MetricsCharts();
    private int logShown;
    private TrainingPlan baselinesToShow;

    static final double DIVIDER = 0.68;
    static final double PRESENTATION_DIVIDER = 0.9;

    @FXML private SplitPane chartsAndLog;
    @FXML private StackPane lossChartHolder;
    @FXML private StackPane accuracyChartHolder;
    @FXML private Label finishLabel;
    @FXML private Label estimateLabel;
    @FXML private TextArea logArea;
    @FXML private Spinner<Integer> continueSpinner;
    @FXML private Button continueButton;

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
        // presentation mode turns the charts' high contrast on: on a projector the charts want the height, not the log
        ChartStyle.shared().highContrastProperty().addListener((obs, was, on) ->
                chartsAndLog.setDividerPositions(on ? PRESENTATION_DIVIDER : DIVIDER));
        chartsAndLog.setDividerPositions(ChartStyle.shared().highContrastProperty().get() ? PRESENTATION_DIVIDER : DIVIDER);
        finishLabel.textProperty().bind(viewModel.finishNoteProperty());
        continueSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 10_000, 10));
        continueButton.disableProperty().bind(viewModel.canContinueBinding().not());
        estimateLabel.textProperty().bind(viewModel.estimateProperty());
        StaggeredSteps refresh = new StaggeredSteps(FramePacing.EPOCH_REPAINTS, this::showLoss,
                this::showAccuracyAndBaselines, this::appendNewLogLines);
        baselinesToShow = viewModel.planProperty().get();
        charts.showLoss(viewModel.epochs());
        showAccuracyAndBaselines();
        appendNewLogLines();
        viewModel.epochs().addListener((ListChangeListener<EpochMetrics>) change -> {
            if (viewModel.epochs().isEmpty()) {
                charts.clear();
            } else {
                refresh.request();
            }
        });
        viewModel.planProperty().addListener((obs, old, plan) -> {
            if (plan != null) {
                baselinesToShow = plan;
                refresh.request();
            }
        });
        viewModel.log().addListener((ListChangeListener<String>) change -> refresh.request());
        viewModel.smoothedLoss().addListener((ListChangeListener<SmoothedLossPoint>) change -> refresh.request());
    }

    private void showLoss() {
        charts.showLoss(viewModel.epochs());
        charts.showSmoothed(viewModel.smoothedLoss());
    }

    private void showAccuracyAndBaselines() {
        if (baselinesToShow != null) {
            charts.showBaselines(baselinesToShow.validationBaselines());
            baselinesToShow = null;
        }
        charts.showAccuracy(viewModel.epochs());
    }

    private void appendNewLogLines() {
        List<String> log = viewModel.log();
        if (logShown < log.size()) {
            logArea.appendText(String.join("\n", log.subList(logShown, log.size())) + "\n");
            logShown = log.size();
        }
    }


    @FXML
    private void continueTraining() {
        // a typed number counts even when the spinner's editor has not been committed yet
        try {
            continueSpinner.getValueFactory().setValue(Integer.parseInt(continueSpinner.getEditor().getText().strip()));
        } catch (NumberFormatException e) {
            continueSpinner.getEditor().setText(String.valueOf(continueSpinner.getValue()));
        }
        viewModel.continueTraining(continueSpinner.getValue());
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
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(UiText.get("training.pngImage"), "*.png"));
        File file = FileChoosers.save(chooser, logArea.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            MetricsCharts.savePng(chart, file);
            logArea.appendText(UiText.format("training.chartSaved", file.toString()) + "\n");
        } catch (Exception e) {
            logArea.appendText(ErrorMessages.of(UiText.get("training.cannotExportChart"), e) + "\n");
        }
    }

    @FXML
    private void copyLog() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.logText());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
