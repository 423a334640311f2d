package seqlab.ui.inside;

import java.util.function.Consumer;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import seqlab.model.LstmState;

/**
 * The LSTM's hidden state h or cell state c over the steps: a column per step, a row per unit,
 * blue below 0, red above (drawn on a canvas: 256 units x 20 steps are too many nodes).
 */
final class StateMap extends Canvas {

    static final double COLUMN = 26;
    static final double LEFT = 36;
    static final double TOP = 18;

    private final boolean cell;
    private TraceViewModel shown;
    private double row = 4;

    StateMap(boolean cell, Consumer<String> hover) {
        this.cell = cell;
        setOnMouseMoved(e -> hover.accept(textAt(e.getX(), e.getY())));
        setOnMouseExited(e -> hover.accept(""));
    }

    static double rowHeight(int units) {
        return units <= 32 ? 12 : units <= 128 ? 5 : units <= 512 ? 3 : 1;
    }

    void show(TraceViewModel vm) {
        shown = vm;
        int steps = vm.steps();
        int units = vm.units();
        row = rowHeight(units);
        setWidth(steps == 0 ? 0 : LEFT + steps * COLUMN + 2);
        setHeight(steps == 0 ? 0 : TOP + units * row + 2);
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        if (steps == 0) {
            return;
        }
        double scale = cell ? vm.cellScale() : 1;
        for (int n = 1; n <= steps; n++) {
            LstmState s = vm.state(n);
            double x = LEFT + (n - 1) * COLUMN;
            for (int u = 0; u < units; u++) {
                g.setFill(TraceColors.diverging(cell ? s.cell(u) : s.hidden(u), scale));
                g.fillRect(x, TOP + u * row, COLUMN - 1, row);
            }
        }
        g.setFill(Color.web("#404040"));
        g.setFont(Font.font(10));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        for (int n = 1; n <= steps; n++) {
            g.fillText(String.valueOf(n), LEFT + (n - 0.5) * COLUMN, TOP / 2);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        int every = (int) Math.ceil(14 / row);
        every = every <= 1 ? 1 : every <= 4 ? 4 : every <= 8 ? 8 : every <= 16 ? 16 : every <= 32 ? 32 : 64;
        for (int u = 0; u < units; u += every) {
            g.fillText(String.valueOf(u + 1), LEFT - 4, TOP + (u + 0.5) * row);
        }
    }

    /** What the cell under (x, y) holds, or empty off the cells. */
    String textAt(double x, double y) {
        if (shown == null || shown.steps() == 0) {
            return "";
        }
        int n = (int) Math.floor((x - LEFT) / COLUMN) + 1;
        int u = (int) Math.floor((y - TOP) / row);
        if (x < LEFT || y < TOP || n > shown.steps() || u >= shown.units()) {
            return "";
        }
        return shown.stateText(u, n, cell);
    }
}
