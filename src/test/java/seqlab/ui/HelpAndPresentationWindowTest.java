package seqlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.renderer.AbstractRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import seqlab.model.Hyperparameter;
import seqlab.ui.common.PreferenceStore;
import seqlab.ui.main.MainViewModel;
import seqlab.ui.main.MainWindow;
import seqlab.ui.settings.SettingsViewModel;

@ExtendWith(ApplicationExtension.class)
class HelpAndPresentationWindowTest {

    private final PreferenceStore preferences = PreferenceStore.inMemory();
    private MainViewModel viewModel;
    private Stage stage;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadNumericsFirst() {
        WorkbenchStage.loadNumericsFirst();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = WorkbenchStage.show(stage, preferences);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    private static float labelSize(JFreeChart chart) {
        return chart.getXYPlot().getDomainAxis().getLabelFont().getSize2D();
    }

    private static float lineWidth(JFreeChart chart) {
        return ((BasicStroke) ((AbstractRenderer) chart.getXYPlot().getRenderer()).lookupSeriesStroke(0)).getLineWidth();
    }

    private static double rootFontSize(FxRobot robot) {
        return robot.lookup("#trainButton").queryAs(javafx.scene.control.Labeled.class).getFont().getSize();
    }

    @Test
    void presentationModeScalesChartLabelsLinesAndTextAndFoldsTheAdvancedSettings(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedIndex(),
                "Ctrl+3 shows the third tab");
        JFreeChart loss = robot.lookup("#lossChart").queryAs(ChartViewer.class).getChart();
        float label = labelSize(loss);
        float line = lineWidth(loss);
        double text = rootFontSize(robot);
        TitledPane advanced = robot.lookup(".titled-pane").queryAs(TitledPane.class);
        assertTrue(advanced.isExpanded());

        robot.clickOn("View").clickOn("Presentation mode");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(labelSize(loss) >= 1.6f * label - 0.01, labelSize(loss) + " against " + label);
        assertTrue(lineWidth(loss) >= 1.6f * line - 0.01, lineWidth(loss) + " against " + line);
        assertTrue(rootFontSize(robot) >= 1.6 * text - 0.1, rootFontSize(robot) + " against " + text);
        assertFalse(advanced.isExpanded(), "presentation folds the advanced settings");
        SplitPane chartsAndLog = robot.lookup("#trainingSplit").queryAs(SplitPane.class);
        assertEquals(0.9, chartsAndLog.getDividerPositions()[0], 0.01, "the charts take the height from the log");

        robot.clickOn("View").clickOn("Presentation mode");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(label, labelSize(loss), 0.01);
        assertEquals(line, lineWidth(loss), 0.01);
        assertTrue(advanced.isExpanded());
        assertEquals(0.68, chartsAndLog.getDividerPositions()[0], 0.01);
    }

    @Test
    void zoomAndPresentationAreReadBackByTheNextWindow(FxRobot robot) {
        robot.clickOn("View").clickOn("Larger text");
        robot.clickOn("View").clickOn("Larger text");
        robot.clickOn("View").clickOn("Presentation mode");
        AtomicReference<MainWindow> next = new AtomicReference<>();
        robot.interact(() -> next.set(MainWindow.create(new MainViewModel(viewModel.runners(), preferences))));
        assertEquals(120, next.get().controller().zoom().percentProperty().get());
        assertTrue(next.get().controller().zoom().presentationProperty().get());
        robot.interact(() -> next.get().controller().zoom().presentationProperty().set(false));
        robot.interact(() -> next.get().controller().zoom().reset());
    }

    @Test
    void aboutShowsTheVersionsAndTheBackend(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("About SeqLab");
        TextArea about = robot.lookup("#aboutText").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> about.getText().contains("backend"));
        assertTrue(about.getText().matches("(?s).*\\nDL4J 1\\.\\d+\\.\\d+[^\\n]*\\n.*"), about.getText());
        assertTrue(about.getText().contains("JavaFX " + System.getProperty("javafx.version")), about.getText());
        assertTrue(about.getText().matches("(?s).*ND4J backend: \\w+, \\d+ native thread\\(s\\).*"), about.getText());
        assertNotNull(robot.lookup("#copyAboutButton").query());
    }

    @Test
    void theShortcutsListIsReadFromTheMenus(FxRobot robot) {
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        String text = robot.lookup("#shortcutsText").queryAs(TextArea.class).getText();
        assertTrue(text.contains("F5\tTraining > Train"), text);
        assertTrue(text.contains("View > Presentation mode"), text);
        assertTrue(text.contains("View > Go to tab > 2 Settings"), text);
        robot.clickOn("Help").clickOn("Guide");
        assertTrue(robot.lookup("#guideText").queryAs(TextArea.class).getText().contains("six steps"));
    }

    @Test
    void anOpenRecentFileThatVanishedIsReportedAndDropped(FxRobot robot) throws Exception {
        Path file = dir.resolve("gone.txt");
        Files.writeString(file, "1 2 3\n2 3 4\n");
        robot.interact(() -> viewModel.openData(file));
        assertEquals(file.toAbsolutePath(), viewModel.recentFiles().list().get(0));
        Files.delete(file);
        robot.clickOn("File").clickOn("Open recent");
        robot.clickOn(robot.lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().endsWith("1 gone.txt  (" + dir.toAbsolutePath() + ")")).queryAs(Labeled.class));
        WaitForAsyncUtils.waitForFxEvents();
        String error = robot.lookup(".error-banner").queryAs(Label.class).getText();
        assertTrue(error.contains("gone.txt is no longer there"), error);
        assertTrue(viewModel.recentFiles().list().isEmpty());
    }

    @Test
    void everyShownSettingHasATooltipSayingWhatItDoes(FxRobot robot) {
        robot.clickOn("Settings");
        for (Hyperparameter h : SettingsViewModel.shownSettings()) {
            String id = "#" + camelCase(h.key()) + (h.isChoice() ? "Choice" : "Field");
            Node input = robot.lookup(id).query();
            String tip = ((Control) input).getTooltip().getText();
            assertTrue(tip.toLowerCase().contains(h.description().toLowerCase()), id + ": " + tip);
            assertTrue(tip.contains(h.rangeText()) && tip.contains("default " + h.defaultText()), id + ": " + tip);
        }
    }

    private static String camelCase(String key) {
        StringBuilder out = new StringBuilder();
        for (String part : key.split("-")) {
            out.append(out.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }
}
