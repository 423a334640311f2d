package seqlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import seqlab.model.Padding;
import seqlab.model.ScoredItem;
import seqlab.ui.main.MainViewModel;
import seqlab.ui.training.TrainingState;

@ExtendWith(ApplicationExtension.class)
class LessonWindowTest {

    private MainViewModel viewModel;

    @BeforeAll
    static void loadNumericsFirst() {
        WorkbenchStage.loadNumericsFirst();
    }

    @Start
    void start(Stage stage) {
        viewModel = WorkbenchStage.show(stage);
    }

    private void doStepAndWait(FxRobot robot) throws TimeoutException {
        robot.clickOn("#lessonDoButton");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> viewModel.training().stateProperty().get() == TrainingState.IDLE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String selectedTab(FxRobot robot) {
        return robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }

    private String topItem() {
        return viewModel.prediction().top().get(0).item();
    }

    @Test
    void theNotebookLessonRunsToTheEndOnTheToyData(FxRobot robot) throws TimeoutException {
        Node menuBar = robot.lookup(".menu-bar").query();
        robot.clickOn(robot.from(menuBar).lookup("Samples").queryAs(Node.class));
        robot.clickOn("The notebook (lesson)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step 1 of 7", robot.lookup("#lessonPosition").queryAs(Label.class).getText());

        doStepAndWait(robot);
        assertEquals(Padding.POST, viewModel.settings().configProperty().get().padding());
        assertEquals(4, viewModel.settings().configProperty().get().maxLength());
        assertEquals("1 2", viewModel.prediction().prefixProperty().get());
        assertEquals("Data", selectedTab(robot));

        robot.clickOn("#lessonNextButton");
        doStepAndWait(robot);
        assertEquals("Samples", selectedTab(robot));

        robot.clickOn("#lessonNextButton");
        doStepAndWait(robot);
        assertEquals(1, viewModel.runs().runs().size());
        assertEquals("2", topItem(), "the notebook's answer after '1 2'");

        robot.clickOn("#lessonNextButton");
        doStepAndWait(robot);
        assertEquals("Prediction", selectedTab(robot));

        robot.clickOn("#lessonNextButton");
        doStepAndWait(robot);
        assertEquals(Padding.PRE, viewModel.settings().configProperty().get().padding());
        assertEquals("2", topItem(), "left padding alone does not change the answer");

        robot.clickOn("#lessonNextButton");
        doStepAndWait(robot);
        List<ScoredItem> top = viewModel.prediction().top();
        assertEquals(Set.of("3", "4"), Set.of(top.get(0).item(), top.get(1).item()), "what followed '1 2' in the data");
        assertTrue(top.get(0).probability() + top.get(1).probability() > 0.95, top.toString());

        robot.clickOn("#lessonNextButton");
        doStepAndWait(robot);
        assertEquals("Runs", selectedTab(robot));
        assertEquals(3, viewModel.runs().selected().size(), "the three runs are compared");
        assertEquals("Step 7 of 7", robot.lookup("#lessonPosition").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#lessonNextButton").query().isDisabled());

        robot.clickOn("#closeLessonButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!robot.lookup(".lesson-panel").query().isVisible(), "the closed lesson's panel is hidden");
    }
}
