package seqlab.ui.inside;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import seqlab.model.EmbeddingProjection;
import seqlab.ui.common.UiText;

/**
 * The map drawn straight onto a canvas (no node per item, so 9k items stay smooth): points sized
 * and shaded by how often the item occurs, labels for the most frequent items, the hovered one, the
 * selected one and its neighbours. Zoom and pan are a view transform over the map's coordinates.
 */
final class EmbeddingCanvas extends Canvas {

    private static final int LABELLED = 25;
    private static final int SHADES = 8;
    private static final double MARGIN = 24;

    private EmbeddingMap map;
    private List<Integer> frequent = List.of();
    private double minX;
    private double minY;
    private double spanX = 1;
    private double spanY = 1;
    private double zoom = 1;
    private double panX;
    private double panY;
    private int hovered = -1;
    private int selected = -1;
    private List<Integer> highlighted = List.of();
    private long lastDrawNanos;

    EmbeddingCanvas() {
        widthProperty().addListener((obs, old, now) -> draw());
        heightProperty().addListener((obs, old, now) -> draw());
    }

    @Override
    public boolean isResizable() {
        return true;
    }

    void show(EmbeddingMap shown) {
        boolean sameItems = map != null && shown != null && map.items().size() == shown.items().size();
        map = shown;
        if (shown != null) {
            EmbeddingProjection p = shown.projection();
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            minX = Double.POSITIVE_INFINITY;
            minY = Double.POSITIVE_INFINITY;
            for (int i = 0; i < p.size(); i++) {
                minX = Math.min(minX, p.x(i));
                minY = Math.min(minY, p.y(i));
                maxX = Math.max(maxX, p.x(i));
                maxY = Math.max(maxY, p.y(i));
            }
            spanX = p.size() == 0 || maxX <= minX ? 1 : maxX - minX;
            spanY = p.size() == 0 || maxY <= minY ? 1 : maxY - minY;
            long[] counts = shown.items().counts();
            frequent = IntStream.range(0, counts.length).boxed()
                    .sorted(Comparator.comparingLong((Integer i) -> counts[i]).reversed()).limit(LABELLED).toList();
        }
        if (!sameItems) {
            hovered = -1;
        }
        draw();
    }

    void resetView() {
        zoom = 1;
        panX = 0;
        panY = 0;
        draw();
    }

    void zoomAt(double factor, double sx, double sy) {
        double newZoom = Math.max(0.2, Math.min(500, zoom * factor));
        double f = newZoom / zoom;
        panX = sx - f * (sx - panX);
        panY = sy - f * (sy - panY);
        zoom = newZoom;
        draw();
    }

    void panBy(double dx, double dy) {
        panX += dx;
        panY += dy;
        draw();
    }

    void centreOn(int i) {
        if (map == null || i < 0) {
            return;
        }
        panX += getWidth() / 2 - sx(i);
        panY += getHeight() / 2 - sy(i);
        draw();
    }

    void hover(int i) {
        if (i != hovered) {
            hovered = i;
            draw();
        }
    }

    void select(int i, List<Integer> neighbours) {
        selected = i;
        highlighted = List.copyOf(neighbours);
        draw();
    }

    /** The item drawn nearest to the screen point, within a few pixels; -1 for none. */
    int itemAt(double x, double y) {
        if (map == null) {
            return -1;
        }
        int best = -1;
        double bestD = 8 * 8;
        for (int i = 0; i < map.projection().size(); i++) {
            double dx = sx(i) - x;
            double dy = sy(i) - y;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    long lastDrawNanos() {
        return lastDrawNanos;
    }

    EmbeddingMap map() {
        return map;
    }

    private double scale() {
        double w = Math.max(1, getWidth() - 2 * MARGIN);
        double h = Math.max(1, getHeight() - 2 * MARGIN);
        return Math.min(w / spanX, h / spanY);
    }

    private double sx(int i) {
        return panX + zoom * (MARGIN + (map.projection().x(i) - minX) * scale());
    }

    private double sy(int i) {
        return panY + zoom * (getHeight() - MARGIN - (map.projection().y(i) - minY) * scale());
    }

    void draw() {
        long start = System.nanoTime();
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (map == null) {
            lastDrawNanos = System.nanoTime() - start;
            return;
        }
        long[] counts = map.items().counts();
        double maxLog = 0;
        for (long c : counts) {
            maxLog = Math.max(maxLog, Math.log1p(c));
        }
        int n = map.projection().size();
        List<List<Integer>> byShade = new ArrayList<>();
        for (int s = 0; s < SHADES; s++) {
            byShade.add(new ArrayList<>());
        }
        double[] radius = new double[n];
        for (int i = 0; i < n; i++) {
            double share = maxLog == 0 ? 0 : Math.log1p(counts[i]) / maxLog;
            radius[i] = 1.5 + 3.5 * share;
            byShade.get(Math.min(SHADES - 1, (int) (share * SHADES))).add(i);
        }
        for (int s = 0; s < SHADES; s++) {
            double t = (s + 0.5) / SHADES;
            g.setFill(Color.color(0.75 - 0.6 * t, 0.8 - 0.5 * t, 0.95 - 0.25 * t, 0.55 + 0.4 * t));
            for (int i : byShade.get(s)) {
                double x = sx(i);
                double y = sy(i);
                if (x >= -6 && y >= -6 && x <= w + 6 && y <= h + 6) {
                    g.fillOval(x - radius[i], y - radius[i], 2 * radius[i], 2 * radius[i]);
                }
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.rgb(40, 40, 40));
        Set<Integer> labelled = new LinkedHashSet<>(frequent);
        labelled.addAll(highlighted);
        for (int i : labelled) {
            g.fillText(EmbeddingMapViewModel.name(map.items(), i), sx(i) + radius[i] + 2, sy(i));
        }
        g.setStroke(Color.ORANGERED);
        g.setLineWidth(2);
        for (int i : highlighted) {
            g.strokeOval(sx(i) - radius[i] - 2, sy(i) - radius[i] - 2, 2 * radius[i] + 4, 2 * radius[i] + 4);
        }
        for (int i : new int[]{selected, hovered}) {
            if (i >= 0 && i < n) {
                g.setStroke(Color.CRIMSON);
                g.strokeOval(sx(i) - 7, sy(i) - 7, 14, 14);
                g.setFill(Color.BLACK);
                g.fillText(UiText.format("embeddings.pointLabel", EmbeddingMapViewModel.name(map.items(), i), counts[i]),
                        sx(i) + 10, sy(i) - 12);
            }
        }
        lastDrawNanos = System.nanoTime() - start;
    }
}
