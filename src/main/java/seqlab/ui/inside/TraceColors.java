package seqlab.ui.inside;

import javafx.scene.paint.Color;

/** The trace's colour scales: white to blue for probabilities, blue - white - red around 0 for the LSTM state. */
final class TraceColors {

    static final Color LOW = Color.WHITE;
    static final Color HIGH = Color.web("#1f4e9c");
    static final Color NEGATIVE = Color.web("#2166ac");
    static final Color POSITIVE = Color.web("#b2182b");

    private TraceColors() {
    }

    static Color probability(double p) {
        return LOW.interpolate(HIGH, Math.max(0, Math.min(1, p)));
    }

    /** Text that stays readable on {@link #probability(double)}. */
    static Color textOn(double p) {
        return p > 0.45 ? Color.WHITE : Color.BLACK;
    }

    /** {@code value} on a scale from {@code -scale} (blue) through 0 (white) to {@code scale} (red). */
    static Color diverging(double value, double scale) {
        double t = Math.max(-1, Math.min(1, value / scale));
        return t < 0 ? Color.WHITE.interpolate(NEGATIVE, -t) : Color.WHITE.interpolate(POSITIVE, t);
    }

    static String css(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
