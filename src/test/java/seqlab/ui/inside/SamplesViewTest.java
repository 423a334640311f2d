package seqlab.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;

import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import seqlab.ToyData;
import seqlab.model.Formulation;
import seqlab.model.ModelConfig;
import seqlab.model.Padding;
import seqlab.ui.common.UiText;
import seqlab.ui.concurrent.Runners;

@ExtendWith(ApplicationExtension.class)
class SamplesViewTest {

    private SamplesViewModel viewModel;

    @Start
    void start(Stage stage) throws IOException {
        viewModel = new SamplesViewModel(Runners.fx());
        FXMLLoader loader = new FXMLLoader(SamplesViewTest.class.getResource("/seqlab/fxml/samples.fxml"), UiText.bundle());
        loader.setControllerFactory(type -> {
            if (type == SamplesController.class) {
                return new SamplesController(viewModel);
            }
            throw new IllegalArgumentException("no controller for " + type);
        });
        Parent root = loader.load();
        viewModel.settingsProperty().set(ModelConfig.defaults().toBuilder().formulation(Formulation.PREFIXES).build());
        viewModel.dataProperty().set(ToyData.sequences());
        stage.setScene(new Scene(root, 1100, 700));
        stage.show();
    }

    private static Set<Node> readCells(FxRobot robot, String grid) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(robot.lookup(grid).queryAs(Node.class)).lookup(".samples-read").queryAll();
    }

    @Test
    void theNotebooksReadCellIsPaddingAndPaddingChangesTheCurrentGrid(FxRobot robot) throws Exception {
        robot.clickOn("#typedField").write("1 2 3 4");
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> notebookRead = readCells(robot, "#notebookGrid");
        assertEquals(3, notebookRead.size(), "one read step per prefix");
        notebookRead.forEach(n -> assertTrue(n.getStyleClass().contains("samples-pad"), n.getStyleClass().toString()));

        Set<Node> leftRead = readCells(robot, "#currentGrid");
        assertEquals(3, leftRead.size());
        leftRead.forEach(n -> assertTrue(n.getStyleClass().contains("samples-item"), n.getStyleClass().toString()));

        robot.interact(() -> viewModel.settingsProperty().set(
                viewModel.settingsProperty().get().toBuilder().padding(Padding.POST).build()));
        Set<Node> rightRead = readCells(robot, "#currentGrid");
        assertEquals(3, rightRead.size());
        rightRead.forEach(n -> assertTrue(n.getStyleClass().contains("samples-pad"), n.getStyleClass().toString()));
        assertFalse(robot.lookup("#notebookExplanation").queryLabeled().getText().isEmpty());

        Node grid = robot.lookup("#notebookGrid").queryAs(Node.class);
        java.util.concurrent.atomic.AtomicReference<byte[]> png = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            try {
                png.set(SamplesPng.png(grid.snapshot(null, null)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.get()));
        assertEquals((int) Math.ceil(grid.getLayoutBounds().getWidth()), image.getWidth(), 1);
    }
}
