package seqlab.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static seqlab.ui.WorkbenchStage.setField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import seqlab.model.ItemVectors;
import seqlab.ui.WorkbenchStage;
import seqlab.ui.main.MainViewModel;
import seqlab.ui.training.TrainingState;

@ExtendWith(ApplicationExtension.class)
class EmbeddingsWindowTest {

    private MainViewModel viewModel;

    @BeforeAll
    static void loadNumericsFirst() {
        WorkbenchStage.loadNumericsFirst();
    }

    @Start
    void start(Stage stage) {
        viewModel = WorkbenchStage.show(stage);
    }

    private static int darkPixels(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (pixels.getColor(x, y).getBrightness() < 0.9) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void afterTrainingTheToySampleTheEmbeddingsTabDrawsItsItemsForEachEpoch(FxRobot robot) throws Exception {
        robot.clickOn("Samples").clickOn("Toy sequences (the notebook's)");
        robot.clickOn("Settings");
        setField(robot, "#epochsField", "5");
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> viewModel.training().stateProperty().get() != TrainingState.IDLE);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> viewModel.training().stateProperty().get() == TrainingState.IDLE);
        assertEquals(List.of(1, 2, 3, 4, 5), List.copyOf(viewModel.epochScrubber().epochs()));

        robot.clickOn("Embeddings");
        EmbeddingCanvas canvas = robot.lookup("#embeddingCanvas").queryAs(EmbeddingCanvas.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> canvas.map() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int items = viewModel.training().modelProperty().get().vocabulary().size();
        assertEquals(items, canvas.map().items().size());
        assertTrue(robot.lookup("#epochLabel").queryLabeled().getText().startsWith("epoch 5 of 5"),
                robot.lookup("#epochLabel").queryLabeled().getText());
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(canvas.snapshot(null, null)));
        assertTrue(darkPixels(shot.get()) > items * 4, "points and labels drawn: " + darkPixels(shot.get()));

        robot.clickOn("#embeddingSearch").write("3");
        robot.clickOn("#findButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3", canvas.map().items().tokens().get(viewModel.embeddings().selectedProperty().get()));
        assertEquals(Math.min(10, items - 1), robot.lookup("#neighboursList").queryListView().getItems().size());

        robot.interact(() -> viewModel.epochScrubber().selectedEpochProperty().set(2));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> canvas.map() != null
                && robot.lookup("#epochLabel").queryLabeled().getText().startsWith("epoch 2 of 5"));
        assertNotNull(canvas.map());

        System.out.println("embedding map redraw of 9,000 items: " + redrawMillis(robot, canvas, 9_000));
    }

    // a figure for the report, not an assertion: the median of 15 redraws of 9k synthetic items
    private static String redrawMillis(FxRobot robot, EmbeddingCanvas canvas, int n) {
        Random random = new Random(1);
        List<String> tokens = new ArrayList<>();
        float[][] vectors = new float[n][32];
        long[] counts = new long[n];
        for (int i = 0; i < n; i++) {
            tokens.add(Integer.toString(i));
            for (int j = 0; j < 32; j++) {
                vectors[i][j] = (float) random.nextGaussian();
            }
            counts[i] = Math.max(1, Math.round(5_000.0 / (i + 1)));
        }
        EmbeddingMap map = EmbeddingMap.of(new ItemVectors(tokens, tokens, counts, vectors), null);
        double[] ms = new double[15];
        robot.interact(() -> {
            canvas.show(map);
            for (int k = 0; k < ms.length; k++) {
                canvas.draw();
                ms[k] = canvas.lastDrawNanos() / 1e6;
            }
        });
        Arrays.sort(ms);
        return String.format(java.util.Locale.ROOT, "median %.1f ms, min %.1f, max %.1f (canvas %.0fx%.0f)",
                ms[ms.length / 2], ms[0], ms[ms.length - 1], canvas.getWidth(), canvas.getHeight());
    }
}
