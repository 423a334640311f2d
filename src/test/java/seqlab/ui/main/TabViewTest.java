package seqlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TabViewTest {

    private TabPane tabs;
    private final Region shownView = new Region();
    private final Region hiddenView = new Region();

    @Start
    void start(Stage stage) {
        Tab shown = new Tab("shown");
        Tab hidden = new Tab("hidden");
        shown.setContent(new TabView(shown, shownView, 0));
        hidden.setContent(new TabView(hidden, hiddenView, 1));
        tabs = new TabPane(shown, hidden);
        tabs.setManaged(false);
        tabs.resize(400, 300);
        stage.setScene(new Scene(new Pane(tabs), 700, 300));
        stage.show();
    }

    @Test
    void aHiddenTabsViewFollowsAResizeLaterAndAtOnceWhenItsTabIsSelected(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> shownView.getWidth() > 0 && hiddenView.getWidth() == shownView.getWidth());
        robot.interact(() -> {
            tabs.resize(520, 300);
            tabs.applyCss();
            tabs.layout();
            assertEquals(tabs.getWidth(), shownView.getWidth(), 1.0, "the selected tab's view follows at once");
            assertEquals(shownView.getWidth() - 120, hiddenView.getWidth(), 1.0, "the hidden one later");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> hiddenView.getWidth() == shownView.getWidth());

        robot.interact(() -> {
            tabs.resize(440, 300);
            tabs.getSelectionModel().select(1);
            tabs.applyCss();
            tabs.layout();
            assertEquals(tabs.getWidth(), hiddenView.getWidth(), 1.0, "selected: laid out in the same frame");
        });
    }
}
