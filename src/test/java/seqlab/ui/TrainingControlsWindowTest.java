package seqlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static seqlab.ui.WorkbenchStage.setField;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import org.jfree.chart.fx.ChartViewer;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import seqlab.ui.main.MainViewModel;
import seqlab.ui.training.TrainingState;

@ExtendWith(ApplicationExtension.class)
class TrainingControlsWindowTest {

    private MainViewModel viewModel;

    @BeforeAll
    static void loadNumericsFirst() {
        WorkbenchStage.loadNumericsFirst();
    }

    @Start
    void start(Stage stage) {
        viewModel = WorkbenchStage.show(stage);
    }

    private TrainingState state() {
        return viewModel.training().stateProperty().get();
    }

    @Test
    void pauseHoldsTrainingStepRunsOneEpochSpaceResumesAndEscStops(FxRobot robot) throws Exception {
        robot.clickOn("Samples").clickOn("Toy sequences (the notebook's)");
        robot.clickOn("Settings");
        setField(robot, "#epochsField", "100000");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.training().epochs().size() >= 1);
        robot.clickOn("#pauseButton");
        // PAUSED comes from the training thread once it waits, so no minibatch runs from here on
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state() == TrainingState.PAUSED
                && viewModel.training().progressTextProperty().get().startsWith("paused after epoch"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Resume", robot.lookup("#pauseButton").queryAs(Button.class).getText());
        int pausedAt = viewModel.training().epochs().size();
        String where = viewModel.training().progressTextProperty().get();

        robot.clickOn("#stepButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.training().epochs().size() > pausedAt
                && state() == TrainingState.PAUSED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pausedAt + 1, viewModel.training().epochs().size(), "paused in " + where);
        assertTrue(viewModel.training().progressTextProperty().get().startsWith("paused after epoch " + (pausedAt + 1)
                + ", minibatch "), viewModel.training().progressTextProperty().get());

        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.training().epochs().size() >= pausedAt + 3);
        assertEquals(TrainingState.RUNNING, state());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> state() == TrainingState.IDLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(viewModel.training().finishNoteProperty().get().startsWith("stopped"),
                viewModel.training().finishNoteProperty().get());
    }

    @Test
    void continueAddsEpochsNumberedOnToTheSameCurve(FxRobot robot) throws Exception {
        robot.clickOn("Samples").clickOn("Toy sequences (the notebook's)");
        robot.clickOn("Settings");
        setField(robot, "#epochsField", "3");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.training().epochs().size() == 3
                && state() == TrainingState.IDLE);
        robot.clickOn("Training");
        WaitForAsyncUtils.waitForFxEvents();
        Button continueButton = robot.lookup("#continueButton").queryAs(Button.class);
        assertTrue(!continueButton.isDisabled(), "Continue is enabled after a run");
        robot.doubleClickOn("#continueSpinner .text-field").eraseText(4).write("2");
        robot.clickOn("#continueButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.training().epochs().size() == 5
                && state() == TrainingState.IDLE);
        ChartViewer loss = robot.lookup("#lossChart").queryAs(ChartViewer.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> loss.getChart().getXYPlot().getDataset().getItemCount(0) == 5);
        WaitForAsyncUtils.waitForFxEvents();
        var dataset = loss.getChart().getXYPlot().getDataset();
        assertEquals(5, dataset.getItemCount(0));
        assertEquals(5.0, dataset.getXValue(0, 4));
        assertEquals(java.util.List.of(1, 2, 3, 4, 5), viewModel.training().modelProperty().get().history().stream()
                .map(seqlab.model.EpochMetrics::epoch).toList());
    }
}
