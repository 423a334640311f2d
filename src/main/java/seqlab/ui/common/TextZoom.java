package seqlab.ui.common;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The window's text size in percent, in steps, for a projector in a classroom as much as for tired eyes,
 * and presentation mode, which scales everything a further {@link #PRESENTATION_FACTOR} times. Both are
 * remembered in a {@link PreferenceStore}.
 */
public final class TextZoom {

    public static final int NORMAL = 100;
    public static final int STEP = 10;
    public static final int SMALLEST = 70;
    public static final int LARGEST = 250;
    /** How much larger presentation mode draws every text, line and point. */
    public static final double PRESENTATION_FACTOR = 1.6;
    /** JavaFX's default font size on most platforms, the size 100% stands for. */
    static final double BASE_POINTS = 13;
    static final String PERCENT_KEY = "view.zoom-percent";
    static final String PRESENTATION_KEY = "view.presentation";

    private final ReadOnlyIntegerWrapper percent;
    private final BooleanProperty presentation;
    private final DoubleBinding scale;
    private final StringBinding style;

    /** A zoom remembered for this session only. */
    public TextZoom() {
        this(PreferenceStore.inMemory());
    }

    /** A zoom read from {@code store} and written back to it on every change. */
    public TextZoom(PreferenceStore store) {
        percent = new ReadOnlyIntegerWrapper(clamp(store.getInt(PERCENT_KEY, NORMAL)));
        presentation = new SimpleBooleanProperty(store.getBoolean(PRESENTATION_KEY, false));
        percent.addListener((obs, old, now) -> store.put(PERCENT_KEY, Integer.toString(now.intValue())));
        presentation.addListener((obs, old, now) -> store.put(PRESENTATION_KEY, Boolean.toString(now)));
        scale = Bindings.createDoubleBinding(
                () -> percent.get() / 100.0 * (presentation.get() ? PRESENTATION_FACTOR : 1), percent, presentation);
        style = Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_POINTS * scale.get()), scale);
    }

    private static int clamp(int p) {
        return Math.max(SMALLEST, Math.min(LARGEST, p));
    }

    public void larger() {
        percent.set(clamp(percent.get() + STEP));
    }

    public void smaller() {
        percent.set(clamp(percent.get() - STEP));
    }

    public void reset() {
        percent.set(NORMAL);
    }

    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** How many times the normal size everything is drawn: the zoom times presentation mode's factor. */
    public DoubleBinding scaleBinding() {
        return scale;
    }

    /** The root's style: every text in the window scales with it (the charts follow {@link ChartStyle}). */
    public StringBinding styleBinding() {
        return style;
    }
}
