package seqlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static seqlab.ui.WorkbenchStage.setField;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import seqlab.model.ScoredItem;
import seqlab.ui.inside.EvidenceRow;
import seqlab.ui.main.MainViewModel;
import seqlab.ui.training.TrainingState;

@ExtendWith(ApplicationExtension.class)
class TraceWindowTest {

    private MainViewModel viewModel;

    @BeforeAll
    static void loadNumericsFirst() {
        WorkbenchStage.loadNumericsFirst();
    }

    @Start
    void start(Stage stage) {
        viewModel = WorkbenchStage.show(stage);
    }

    @Test
    void theTraceOfOneTwoShowsTwoStepsTheStateAndTheEvidenceAfterTrainingTheToy(FxRobot robot) throws Exception {
        robot.clickOn("Trace");
        assertEquals("Train a model or open one to see its trace",
                robot.lookup("#traceMessage").queryAs(Label.class).getText());

        robot.clickOn("Settings");
        setField(robot, "#epochsField", "8");
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> viewModel.training().stateProperty().get() != TrainingState.IDLE);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> viewModel.training().stateProperty().get() == TrainingState.IDLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", viewModel.errorProperty().get());

        robot.clickOn("Trace");
        robot.clickOn("#tracePrefixField").write("1 2");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.trace().steps() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#traceMessage").queryAs(Label.class).isVisible());

        Node map = robot.lookup("#topItemsMap").queryAs(Node.class);
        Set<Label> steps = robot.from(map).lookup(".trace-step").queryAllAs(Label.class);
        assertEquals(Set.of("1: +1", "2: +2"), Set.copyOf(steps.stream().map(Label::getText).toList()));
        assertEquals(4 + 3, robot.from(map).lookup(".trace-cell").queryAll().size(),
                "seen items auto leaves the prefix's items out: 4 of the 5 ranked after 1, 3 after 1 2");
        List<ScoredItem> predicted = viewModel.training().modelProperty().get().predict("1 2", 5).items();
        assertEquals(predicted, viewModel.trace().topItems(2), "the last step is the Prediction pane's");

        TableView<EvidenceRow> evidence = robot.lookup("#evidenceTable").queryTableView();
        EvidenceRow three = evidence.getItems().stream().filter(r -> r.item().equals("3")).findFirst().orElseThrow();
        assertEquals(List.of(1, 1, 1), List.of(three.prefix(), three.last2(), three.last1()));
        assertTrue(evidence.getItems().get(evidence.getItems().size() - 1).total());
        assertFalse(robot.lookup("#traceReading").queryAs(Label.class).getText().isEmpty());

        Canvas hidden = robot.lookup("#hiddenStateMap").queryAs(Canvas.class);
        assertTrue(hidden.getWidth() > 0 && hidden.getHeight() > 0);
        robot.moveTo(hidden.localToScreen(40, 20));
        WaitForAsyncUtils.waitForFxEvents();
        String hover = robot.lookup("#stateHover").queryAs(Label.class).getText();
        assertTrue(hover.startsWith("unit 1, step 1 (after 1): h = "), hover);

        robot.clickOn(steps.stream().filter(l -> l.getText().equals("1: +1")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        EvidenceRow two = evidence.getItems().stream().filter(r -> r.item().equals("2")).findFirst().orElseThrow();
        assertEquals(3, two.prefix(), "after 1 came 2 three times");

        robot.clickOn("Prediction");
        assertEquals("1 2", robot.lookup("#prefixField").queryAs(TextField.class).getText(),
                "one prefix for both panes");
    }
}
