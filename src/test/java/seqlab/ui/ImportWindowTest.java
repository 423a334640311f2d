package seqlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static seqlab.ui.WorkbenchStage.setField;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import seqlab.ui.main.MainViewModel;
import seqlab.ui.training.TrainingState;

@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {

    private static final String[] PRODUCTS = {"milk", "bread", "tea", "jam", "butter", "eggs"};

    @TempDir
    Path dir;

    private MainViewModel viewModel;

    @BeforeAll
    static void loadNumericsFirst() {
        WorkbenchStage.loadNumericsFirst();
    }

    @Start
    void start(Stage stage) {
        viewModel = WorkbenchStage.show(stage);
    }

    private Path purchases() throws Exception {
        StringBuilder csv = new StringBuilder("customer_id,product_name,purchase_date,price\n");
        for (int c = 0; c < 40; c++) {
            for (int k = 0; k < 5; k++) {
                csv.append(String.format("C%03d,%s,%02d/%02d/2024,%d.50%n", c, PRODUCTS[(c + k) % PRODUCTS.length],
                        28 - k * 5, 1 + c % 12, k + 1));
            }
        }
        csv.append("C999,milk,31/02/2024,1.00\n");
        return Files.writeString(dir.resolve("purchases.csv"), csv);
    }

    @Test
    void aTableWithUnfamiliarColumnsIsImportedThroughTheDialogAndTrainedOn(FxRobot robot) throws Exception {
        Path file = purchases();
        robot.interact(() -> viewModel.openData(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importButton").tryQuery().isPresent()
                && !robot.lookup("#importButton").queryAs(Button.class).isDisabled());
        assertEquals(21, robot.lookup("#previewTable").queryAs(TableView.class).getItems().size() + 1);
        assertEquals("customer_id", robot.lookup("#sequenceBox").queryAs(ComboBox.class).getValue());

        ComboBox<?> time = robot.lookup("#timeBox").queryAs(ComboBox.class);
        robot.interact(() -> time.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        Label timeNote = robot.lookup("#timeNoteLabel").queryAs(Label.class);
        assertEquals("no time column: rows keep their file order", timeNote.getText());
        robot.clickOn("#timeBox");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("purchase_date")).queryLabeled());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeNote.getText().startsWith("times read as"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("times read as dates dd/MM/yyyy (day first: a value above 12 in the first field)",
                timeNote.getText());
        ListView<?> problems = robot.lookup("#failedRowsList").queryAs(ListView.class);
        assertEquals(1, problems.getItems().size());
        assertEquals("line 202: time '31/02/2024' is not a valid date (read as dates dd/MM/yyyy)",
                problems.getItems().get(0));

        robot.clickOn("#itemBox");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("customer_id"))
                .match(n -> n.getScene() != robot.lookup("#itemBox").query().getScene()).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#importButton").queryAs(Button.class).isDisabled());
        assertEquals("The sequence and item columns are the same column 'customer_id': choose two different columns",
                robot.lookup("#blockedLabel").queryAs(Label.class).getText());
        robot.clickOn("#itemBox");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("product_name"))
                .match(n -> n.getScene() != robot.lookup("#itemBox").query().getScene()).queryLabeled());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#importButton").queryAs(Button.class).isDisabled());

        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.data().dataProperty().get() != null
                && viewModel.data().sourceNameProperty().get().equals("purchases.csv"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(40, viewModel.data().dataProperty().get().sequences().size());
        assertEquals("", viewModel.data().errorProperty().get());

        robot.clickOn("Settings");
        setField(robot, "#epochsField", "3");
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> viewModel.training().stateProperty().get() != TrainingState.IDLE);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> viewModel.training().stateProperty().get() == TrainingState.IDLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", viewModel.errorProperty().get());
        assertNotNull(viewModel.training().modelProperty().get());
        assertTrue(viewModel.training().modelProperty().get().vocabulary().tokens().contains("milk"));
        assertFalse(viewModel.training().epochs().isEmpty());
    }
}
