package seqlab.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Work a view does only while it is on screen: asked for while the view is hidden, it is remembered and done
 * once when the view shows again (a trace, a map of 9,000 items or a long sequence's grid is not worth
 * computing for every epoch or setting nobody looks at).
 */
public final class WhenShown {

    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private boolean stale;

    /** @param work what to do when the view shows again after it was asked for while hidden */
    public WhenShown(Runnable work) {
        shown.addListener((obs, was, now) -> {
            if (now && stale) {
                work.run();
            }
        });
    }

    /** Whether the work may be done now; false while hidden, and then it is done when the view shows. */
    public boolean now() {
        stale = !shown.get();
        return !stale;
    }

    /** Whether the view is on screen (true until bound to, say, its tab's selection). */
    public BooleanProperty shownProperty() {
        return shown;
    }
}
