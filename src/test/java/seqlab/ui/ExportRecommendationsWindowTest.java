package seqlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import seqlab.cli.CommandLine;
import seqlab.ui.main.MainViewModel;

@ExtendWith(ApplicationExtension.class)
class ExportRecommendationsWindowTest {

    @TempDir
    static Path dir;
    private MainViewModel viewModel;

    @BeforeAll
    static void loadNumericsFirst() {
        WorkbenchStage.loadNumericsFirst();
    }

    @Start
    void start(Stage stage) {
        viewModel = WorkbenchStage.show(stage);
    }

    private static int cli(String... args) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return CommandLine.run(args, quiet, quiet);
    }

    private MenuItem exportItem(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "exportRecommendationsItem".equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theMenuItemWaitsForAModelThenTheBackgroundExportWritesWhatTheCommandLineWrites(FxRobot robot)
            throws Exception {
        Path model = dir.resolve("toy.zip");
        assertEquals(CommandLine.OK, cli("train", "--data", "sample-data/toy.txt", "--model", model.toString(),
                "--epochs", "3"));
        assertTrue(exportItem(robot).isDisable(), "no model yet");
        robot.interact(() -> {
            viewModel.openData(Path.of("sample-data/toy.txt"));
            viewModel.openModel(model);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.training().modelProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(exportItem(robot).isDisable());
        Path fromWindow = dir.resolve("window.csv");
        robot.interact(() -> viewModel.exportRecommendations(fromWindow));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !viewModel.recommendations().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", viewModel.errorProperty().get());
        assertFalse(robot.lookup("#exportBox").query().isVisible());
        Path fromCli = dir.resolve("cli.csv");
        assertEquals(CommandLine.OK, cli("recommend", "--model", model.toString(), "--data", "sample-data/toy.txt",
                "--out", fromCli.toString()));
        assertArrayEquals(Files.readAllBytes(fromCli), Files.readAllBytes(fromWindow));
    }
}
