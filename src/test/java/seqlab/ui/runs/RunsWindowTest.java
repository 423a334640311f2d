package seqlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static seqlab.ui.WorkbenchStage.setField;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import seqlab.runs.RunOutcome;
import seqlab.runs.RunRecord;
import seqlab.ui.WorkbenchStage;
import seqlab.ui.main.MainViewModel;
import seqlab.ui.training.TrainingState;

@ExtendWith(ApplicationExtension.class)
class RunsWindowTest {

    private MainViewModel viewModel;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadNumericsFirst() {
        WorkbenchStage.loadNumericsFirst();
    }

    @Start
    void start(Stage stage) {
        viewModel = WorkbenchStage.show(stage);
    }

    private void toyWithEpochs(FxRobot robot, String epochs) {
        robot.clickOn("Settings");
        setField(robot, "#epochsField", epochs);
    }

    private static Node row(FxRobot robot, TableView<RunRecord> table, int index) {
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> rows = robot.from(table).lookup(".table-row-cell").queryAll();
        return rows.stream()
                .filter(n -> n.getScene() != null && n.isVisible()
                        && ((javafx.scene.control.TableRow<?>) n).getIndex() == index
                        && ((javafx.scene.control.TableRow<?>) n).getItem() != null)
                .findFirst().orElseThrow();
    }

    @Test
    void aTwoByTwoSweepFillsFourRowsAndTwoSelectedRunsOverlayTheirCurves(FxRobot robot) throws Exception {
        toyWithEpochs(robot, "5");
        robot.clickOn("Runs");
        setField(robot, "#firstAxisField", "embedding-dim=4,8");
        setField(robot, "#secondAxisField", "units=4,8");
        setField(robot, "#seedsField", "1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#sweepProblemLabel").queryAs(Label.class).getText());
        robot.clickOn("#queueButton");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> viewModel.runs().runs().size() == 4
                && !viewModel.runs().sweeps().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<RunRecord> table = robot.lookup("#runsTable").queryTableView();
        assertEquals(4, table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(r -> r.outcome() == RunOutcome.FINISHED && r.epochsTrained() == 5));
        assertEquals("queue done", robot.lookup("#sweepProgressLabel").queryAs(Label.class).getText());

        robot.clickOn(row(robot, table, 0));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, table, 1)).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, viewModel.runs().selected().size());

        ChartViewer loss = robot.lookup("#runsLossChart").queryAs(ChartViewer.class);
        XYSeriesCollection series = (XYSeriesCollection) loss.getChart().getXYPlot().getDataset();
        assertEquals(2, series.getSeriesCount());
        assertEquals(5, series.getSeries(0).getItemCount());
        assertEquals(5, series.getSeries(1).getItemCount());
        assertEquals(Set.of("units=4", "units=8"), Set.of(series.getSeriesKey(0), series.getSeriesKey(1)));
        String differs = robot.lookup("#differenceLabel").queryAs(Label.class).getText();
        assertEquals("Differs: LSTM units (4, 8)", differs);
        assertEquals(2, robot.from(table).lookup(".differs").queryAll().size());

        List<RunRecord> before = List.copyOf(viewModel.runs().runs());
        Path file = dir.resolve("session.seqlab");
        robot.interact(() -> viewModel.experiments().save(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> file.equals(viewModel.experiments().fileProperty().get()));
        robot.interact(() -> viewModel.runs().replaceAll(List.of(), java.util.Map.of()));
        assertEquals(0, table.getItems().size());
        robot.interact(() -> viewModel.experiments().open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.runs().runs().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", viewModel.errorProperty().get());
        seqlab.RunAssertions.assertSameRuns(before, List.copyOf(table.getItems()));
        robot.clickOn(row(robot, table, 0));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, table, 1)).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, series.getSeriesCount());
        assertEquals(Set.of("units=4", "units=8"), Set.of(series.getSeriesKey(0), series.getSeriesKey(1)));
    }

    @Test
    void trainingFromTheToolbarIsRecordedAsARun(FxRobot robot) throws Exception {
        toyWithEpochs(robot, "3");
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.runs().runs().size() == 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> viewModel.training().stateProperty().get() == TrainingState.IDLE);
        RunRecord run = viewModel.runs().runs().get(0);
        assertEquals(RunOutcome.FINISHED, run.outcome());
        assertEquals(viewModel.training().modelProperty().get().history(), run.epochs());
        assertEquals(3, run.settings().epochs());
        assertEquals(4, run.data().sequences());
        robot.clickOn("Runs");
        assertEquals(1, robot.lookup("#runsTable").queryTableView().getItems().size());
        assertTrue(robot.lookup("#rerunButton").queryButton().isDisabled());
    }
}
