package seqlab.ui.main;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;
import seqlab.ui.common.FramePacing;

/**
 * Holds one tab's view and lays it out only while the tab is selected. JavaFX's tab pane resizes the views of
 * all tabs, hidden ones included, so every frame of a window resize laid out all five views (charts, tables,
 * spinners) and redrew the charts of the hidden ones: 60-100 ms frames with the software renderer. A hidden
 * view now catches up on its own, one tab per frame, a while after the resizing stops, and at once when its
 * tab is selected.
 */
final class TabView extends StackPane {

    private final Tab tab;
    private final PauseTransition catchUpLater;
    private boolean catchingUp;
    private double laidOutWidth = -1;
    private double laidOutHeight = -1;

    /**
     * @param position the tab's place in the tab pane, which spaces out the catching up of hidden views
     */
    TabView(Tab tab, Node view, int position) {
        super(view);
        this.tab = tab;
        catchUpLater = new PauseTransition(FramePacing.TAB_CATCH_UP.multiply(position + 1));
        catchUpLater.setOnFinished(e -> {
            catchingUp = true;
            requestLayout();
        });
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                catchUpLater.stop();
                requestLayout();
            }
        });
    }

    @Override
    protected void layoutChildren() {
        boolean resized = getWidth() != laidOutWidth || getHeight() != laidOutHeight;
        if (tab.isSelected() || catchingUp || !resized) {
            catchingUp = false;
            laidOutWidth = getWidth();
            laidOutHeight = getHeight();
            super.layoutChildren();
        } else {
            catchUpLater.playFromStart();
        }
    }
}
