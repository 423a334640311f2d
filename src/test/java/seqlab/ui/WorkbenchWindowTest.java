package seqlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static seqlab.ui.WorkbenchStage.setField;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import seqlab.model.ScoredItem;
import seqlab.ui.main.MainViewModel;
import seqlab.ui.training.TrainingState;

@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {

    private MainViewModel viewModel;

    @BeforeAll
    static void loadNumericsFirst() {
        WorkbenchStage.loadNumericsFirst();
    }

    @Start
    void start(Stage stage) {
        viewModel = WorkbenchStage.show(stage);
    }

    private void openToySampleAndSetEpochs(FxRobot robot, String epochs) {
        robot.clickOn("Samples").clickOn("Toy sequences (the notebook's)");
        robot.clickOn("Settings");
        setField(robot, "#epochsField", epochs);
        setField(robot, "#learningRateField", "0.02");
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> viewModel.training().stateProperty().get() == TrainingState.IDLE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void trainsTheToySampleChartsEveryEpochAndPredictsThreeAndFourAfterOneTwo(FxRobot robot) throws Exception {
        openToySampleAndSetEpochs(robot, "60");
        assertTrue(robot.lookup("#trainButton").queryAs(Button.class).isDisabled() == false);
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> viewModel.training().stateProperty().get() != TrainingState.IDLE);
        waitUntilIdle();
        assertEquals("", viewModel.errorProperty().get());
        ChartViewer loss = robot.lookup("#lossChart").queryAs(ChartViewer.class);
        ChartViewer accuracy = robot.lookup("#accuracyChart").queryAs(ChartViewer.class);
        // the charts catch up one at a time, a fraction of a second after the last epoch
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> loss.getChart().getXYPlot().getDataset().getItemCount(0) == 60
                && accuracy.getChart().getXYPlot().getDataset().getItemCount(0) == 60);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(60, loss.getChart().getXYPlot().getDataset().getItemCount(0));
        assertEquals(60, accuracy.getChart().getXYPlot().getDataset().getItemCount(0));

        robot.clickOn("Prediction");
        robot.clickOn("#prefixField").write("1 2");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ScoredItem> table = robot.lookup("#rankedTable").queryTableView();
        assertEquals(3, table.getItems().size(), "seen items auto: the toy data never repeats one, so 1 and 2 are left out");
        assertEquals(Set.of("3", "4"), Set.of(table.getItems().get(0).item(), table.getItems().get(1).item()));

        Label model = robot.lookup("#modelLabel").queryAs(Label.class);
        assertTrue(model.getText().startsWith("Model: run 1, trained "), model.getText());
        assertTrue(model.getText().contains("trained on toy.txt (4 sequences)"), model.getText());
        assertFalse(robot.lookup("#otherDataLabel").queryAs(Label.class).isVisible());
        robot.clickOn("Samples").clickOn("Margarine purchases (panel)");
        robot.clickOn("Prediction");
        WaitForAsyncUtils.waitForFxEvents();
        Label otherData = robot.lookup("#otherDataLabel").queryAs(Label.class);
        assertTrue(otherData.isVisible());
        assertTrue(otherData.getText().startsWith("Trained on other data than the data now loaded (sequences.txt, 516"
                + " sequences)"), otherData.getText());
    }

    @Test
    void theBestValidationEpochIsMarkedInBothCharts(FxRobot robot) throws Exception {
        robot.clickOn("Samples").clickOn("Margarine purchases (panel)");
        robot.clickOn("Settings");
        setField(robot, "#epochsField", "4");
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> viewModel.training().stateProperty().get() != TrainingState.IDLE);
        waitUntilIdle();
        assertEquals("", viewModel.errorProperty().get());
        int best = seqlab.model.EpochMetrics.bestEpoch(viewModel.training().modelProperty().get().history());
        assertTrue(best >= 1 && best <= 4, "best epoch " + best);
        for (String id : List.of("#lossChart", "#accuracyChart")) {
            ChartViewer chart = robot.lookup(id).queryAs(ChartViewer.class);
            // the charts catch up one per frame after the last epoch
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> chart.getChart().getXYPlot().getDataset().getItemCount(0) == 4);
            WaitForAsyncUtils.waitForFxEvents();
            var markers = chart.getChart().getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
            assertEquals(1, markers.size(), id);
            var marker = (org.jfree.chart.plot.ValueMarker) markers.iterator().next();
            assertEquals(best, marker.getValue(), 0, id);
            assertEquals("best epoch " + best, marker.getLabel(), id);
        }
    }

    @Test
    void stopDuringALongRunReturnsToIdleWithAUsableModel(FxRobot robot) throws Exception {
        openToySampleAndSetEpochs(robot, "100000");
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.training().epochs().size() >= 2);
        assertFalse(robot.lookup("#stopButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#stopButton");
        waitUntilIdle();
        assertTrue(viewModel.training().finishNoteProperty().get().startsWith("stopped"));
        assertNotNull(viewModel.training().modelProperty().get());
        assertFalse(robot.lookup("#trainButton").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#stopButton").queryAs(Button.class).isDisabled());
        robot.clickOn("Prediction");
        robot.clickOn("#prefixField").write("1 2");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, robot.lookup("#rankedTable").queryTableView().getItems().size());
    }

    @Test
    void trainingKeepsTheKeyboardFocusOnStopThenTrainAndNeverOnTheTabPane(FxRobot robot) throws Exception {
        openToySampleAndSetEpochs(robot, "100000");
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        List<Boolean> tabPaneFocus = new CopyOnWriteArrayList<>();
        tabs.focusedProperty().addListener((obs, was, focused) -> tabPaneFocus.add(focused));
        Button train = robot.lookup("#trainButton").queryAs(Button.class);
        Button stop = robot.lookup("#stopButton").queryAs(Button.class);
        robot.clickOn(train);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.training().epochs().size() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(stop, train.getScene().getFocusOwner());
        // Space pauses while training wherever the focus is (outside text fields); Esc stops
        robot.type(KeyCode.ESCAPE);
        waitUntilIdle();
        assertTrue(viewModel.training().finishNoteProperty().get().startsWith("stopped"));
        assertEquals(train, train.getScene().getFocusOwner());
        assertEquals(List.of(), tabPaneFocus);
    }

    @Test
    void anInvalidSettingDisablesTrainAndSaysWhy(FxRobot robot) {
        robot.clickOn("Settings");
        setField(robot, "#epochsField", "0");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#trainButton").queryAs(Button.class).isDisabled());
        String reason = robot.lookup("#trainBlockedLabel").queryAs(Label.class).getText();
        assertTrue(reason.contains("epochs must be between 1 and"), reason);
        String inline = robot.lookup("#epochsMessage").queryAs(Label.class).getText();
        assertTrue(inline.startsWith("epochs must be between 1 and"), inline);
        setField(robot, "#epochsField", "5");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#trainButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void shortcutsEnlargeAndResetTheTextAndF5Trains(FxRobot robot) throws Exception {
        javafx.scene.Parent root = robot.lookup(".main").queryAs(javafx.scene.Parent.class);
        assertEquals("-fx-font-size: 13.0px;", root.getStyle());
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("-fx-font-size: 15.6px;", root.getStyle());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("-fx-font-size: 13.0px;", root.getStyle());

        openToySampleAndSetEpochs(robot, "2");
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> viewModel.training().stateProperty().get() != TrainingState.IDLE);
        waitUntilIdle();
        assertEquals(2, viewModel.training().epochs().size());
    }
}
