package seqlab.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** The window's text size in percent, in steps, for a projector in a classroom as much as for tired eyes. */
public final class TextZoom {

    public static final int NORMAL = 100;
    public static final int STEP = 10;
    public static final int SMALLEST = 70;
    public static final int LARGEST = 250;
    /** JavaFX's default font size on most platforms, the size 100% stands for. */
    static final double BASE_POINTS = 13;

    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper(NORMAL);
    private final StringBinding style = Bindings.createStringBinding(
            () -> String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_POINTS * percent.get() / 100.0),
            percent);

    public void larger() {
        percent.set(Math.min(LARGEST, percent.get() + STEP));
    }

    public void smaller() {
        percent.set(Math.max(SMALLEST, percent.get() - STEP));
    }

    public void reset() {
        percent.set(NORMAL);
    }

    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    /** The root's style: every text in the window scales with it (the JFreeChart charts keep their fonts). */
    public StringBinding styleBinding() {
        return style;
    }
}
