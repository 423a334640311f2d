package seqlab.ui.common;

import javafx.util.Duration;

/**
 * The delays that keep the window's frames short, in one place. Each was set from pulse-monitor
 * measurements under JavaFX's software renderer (no GPU: every repaint on the CPU), where one frame
 * that repaints two charts, the log and a resized tab takes 60-100 ms; the measurements are in
 * {@code docs/performance.md} ("Window responsiveness while training").
 */
public final class FramePacing {

    /**
     * Between the repaints an epoch end causes (loss chart, accuracy chart, log): software rendering
     * needs 20-50 ms per chart, so one repaint per frame keeps every pulse under 50 ms.
     */
    public static final Duration EPOCH_REPAINTS = Duration.millis(90);

    /**
     * Between hidden tabs catching up on their layout after a resize, one tab per frame: laying out
     * all views in the resize's own frames gave 60-100 ms frames.
     */
    public static final Duration TAB_CATCH_UP = Duration.millis(110);

    /**
     * From Train to the start of data preparation: the Training tab is shown first, in its own frame,
     * before the background work competes for the CPU.
     */
    public static final Duration TRAIN_START = Duration.millis(120);

    /** After the last keystroke in the data editor before it is parsed again (typing stays smooth). */
    public static final Duration REPARSE = Duration.millis(250);

    private FramePacing() {
    }
}
