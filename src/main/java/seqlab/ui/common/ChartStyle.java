package seqlab.ui.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.lang.ref.WeakReference;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

/**
 * How every chart of the workbench is drawn: its fonts, lines, points and markers scaled with the window's
 * text (zoom and presentation mode) and, for a projector, a high-contrast palette of dark lines on white with
 * light gridlines. Each chart class hands its chart to {@link #follow} once; the style then applies to the
 * series, renderers and markers the chart gets later as well, and follows every change of the style.
 * <p>
 * There is one shared style because the charts are built by the feature views, which the window's zoom does
 * not reach; the main window binds it to its {@link TextZoom}.
 */
public final class ChartStyle {

    private static final ChartStyle SHARED = new ChartStyle();
    static final Color[] HIGH_CONTRAST = {new Color(0x0B3C8C), new Color(0xB33C00), new Color(0x1B6E1B),
        new Color(0x8B0000), new Color(0x4B0082), new Color(0x5C3A00), new Color(0xA0005A), new Color(0x333333)};
    static final Color LIGHT_GRID = new Color(0xE6E6E6);

    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(false);
    private final List<WeakReference<Styler>> stylers = new CopyOnWriteArrayList<>();

    public ChartStyle() {
        InvalidationListener restyle = o -> restyleAll();
        scale.addListener(restyle);
        highContrast.addListener(restyle);
    }

    /** The style all the workbench's charts follow. */
    public static ChartStyle shared() {
        return SHARED;
    }

    /** Makes {@code chart} follow the shared style; returns it. */
    public static JFreeChart follow(JFreeChart chart) {
        return SHARED.apply(chart);
    }

    /** Makes {@code chart} follow this style from now on; returns it. */
    public JFreeChart apply(JFreeChart chart) {
        Styler styler = new Styler(chart);
        // the chart holds its styler; this style only a weak reference, so a chart no view shows can be collected
        chart.addChangeListener(styler);
        stylers.add(new WeakReference<>(styler));
        styler.restyle();
        return chart;
    }

    /** How many times the normal size texts, lines and points are drawn. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    private void restyleAll() {
        stylers.removeIf(ref -> ref.get() == null);
        for (WeakReference<Styler> ref : stylers) {
            Styler styler = ref.get();
            if (styler != null) {
                styler.restyle();
            }
        }
    }

    /** What a chart element had before this style scaled it, so that scaling twice never compounds. */
    private static final class Slot {
        final Object base;
        Object applied;

        Slot(Object base) {
            this.base = base;
        }
    }

    private record Key(Object target, String what) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.target == target && k.what.equals(what);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(target) * 31 + what.hashCode();
        }
    }

    private final class Styler implements ChartChangeListener {

        private final JFreeChart chart;
        private Map<Key, Slot> slots = new HashMap<>();
        private Map<Key, Slot> seen;
        private boolean applying;
        private boolean changed;
        private double s;
        private boolean contrast;

        Styler(JFreeChart chart) {
            this.chart = chart;
        }

        @Override
        public void chartChanged(ChartChangeEvent event) {
            restyle();
        }

        void restyle() {
            if (applying) {
                return;
            }
            applying = true;
            changed = false;
            boolean notify = chart.isNotify();
            seen = new HashMap<>();
            s = scale.get();
            contrast = highContrast.get();
            try {
                if (chart.getTitle() != null) {
                    TextTitle title = chart.getTitle();
                    font(title, title.getFont(), title::setFont);
                }
                for (int i = 0; i < chart.getSubtitleCount(); i++) {
                    Title sub = chart.getSubtitle(i);
                    if (sub instanceof LegendTitle legend) {
                        font(legend, legend.getItemFont(), legend::setItemFont);
                    } else if (sub instanceof TextTitle text) {
                        font(text, text.getFont(), text::setFont);
                    }
                }
                plot(chart.getPlot());
            } finally {
                slots = seen;
                if (changed) {
                    chart.setNotify(notify);
                }
                applying = false;
            }
        }

        private void plot(Plot plot) {
            if (plot instanceof XYPlot xy) {
                for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                    axis(xy.getDomainAxis(i));
                }
                for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                    axis(xy.getRangeAxis(i));
                }
                for (int i = 0; i < xy.getRendererCount(); i++) {
                    var data = xy.getDataset(i);
                    renderer((AbstractRenderer) xy.getRenderer(i), data == null ? 0 : data.getSeriesCount());
                }
                markers(xy.getDomainMarkers(Layer.FOREGROUND));
                markers(xy.getDomainMarkers(Layer.BACKGROUND));
                markers(xy.getRangeMarkers(Layer.FOREGROUND));
                markers(xy.getRangeMarkers(Layer.BACKGROUND));
                paint(xy, "domain grid", xy.getDomainGridlinePaint(), p -> contrast ? LIGHT_GRID : p,
                        xy::setDomainGridlinePaint);
                paint(xy, "range grid", xy.getRangeGridlinePaint(), p -> contrast ? LIGHT_GRID : p,
                        xy::setRangeGridlinePaint);
            } else if (plot instanceof CategoryPlot cat) {
                for (int i = 0; i < cat.getDomainAxisCount(); i++) {
                    axis(cat.getDomainAxis(i));
                }
                for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                    axis(cat.getRangeAxis(i));
                }
                for (int i = 0; i < cat.getRendererCount(); i++) {
                    var data = cat.getDataset(i);
                    renderer((AbstractRenderer) cat.getRenderer(i), data == null ? 0 : data.getRowCount());
                }
                markers(cat.getRangeMarkers(Layer.FOREGROUND));
                markers(cat.getRangeMarkers(Layer.BACKGROUND));
                paint(cat, "range grid", cat.getRangeGridlinePaint(), p -> contrast ? LIGHT_GRID : p,
                        cat::setRangeGridlinePaint);
            }
        }

        private void axis(Axis axis) {
            if (axis == null) {
                return;
            }
            font(axis, "label", axis.getLabelFont(), axis::setLabelFont);
            font(axis, "ticks", axis.getTickLabelFont(), axis::setTickLabelFont);
            stroke(axis, "line", axis.getAxisLineStroke(), axis::setAxisLineStroke);
            stroke(axis, "tick marks", axis.getTickMarkStroke(), axis::setTickMarkStroke);
            paint(axis, "label paint", axis.getLabelPaint(), p -> contrast ? Color.BLACK : p, axis::setLabelPaint);
            paint(axis, "tick paint", axis.getTickLabelPaint(), p -> contrast ? Color.BLACK : p,
                    axis::setTickLabelPaint);
        }

        private void renderer(AbstractRenderer renderer, int series) {
            if (renderer == null) {
                return;
            }
            for (int i = 0; i < series; i++) {
                int index = i;
                stroke(renderer, "stroke " + i, renderer.lookupSeriesStroke(i), v -> renderer.setSeriesStroke(index, v));
                paint(renderer, "paint " + i, renderer.lookupSeriesPaint(i),
                        p -> contrast ? HIGH_CONTRAST[index % HIGH_CONTRAST.length] : p,
                        v -> renderer.setSeriesPaint(index, v));
                Shape shape = renderer.lookupSeriesShape(i);
                if (shape != null) {
                    style(renderer, "shape " + i, shape, ChartStyle.Styler.this::scaled,
                            v -> renderer.setSeriesShape(index, v));
                }
            }
            Font itemLabels = renderer.getDefaultItemLabelFont();
            if (itemLabels != null) {
                font(renderer, "item labels", itemLabels, renderer::setDefaultItemLabelFont);
            }
        }

        private void markers(Collection<?> markers) {
            if (markers == null) {
                return;
            }
            for (Object o : markers) {
                Marker marker = (Marker) o;
                font(marker, "label", marker.getLabelFont(), marker::setLabelFont);
                stroke(marker, "stroke", marker.getStroke(), marker::setStroke);
            }
        }

        private void font(Object target, Font current, Consumer<Font> set) {
            font(target, "font", current, set);
        }

        private void font(Object target, String what, Font current, Consumer<Font> set) {
            style(target, what, current, f -> f == null || s == 1 ? f : f.deriveFont((float) (f.getSize2D() * s)), set);
        }

        private void stroke(Object target, String what, Stroke current, Consumer<Stroke> set) {
            style(target, what, current, this::scaled, set);
        }

        private void paint(Object target, String what, Paint current, UnaryOperator<Paint> styled, Consumer<Paint> set) {
            style(target, what, current, styled, set);
        }

        private Stroke scaled(Stroke stroke) {
            if (!(stroke instanceof BasicStroke b) || s == 1) {
                return stroke;
            }
            float f = (float) s;
            float[] dash = b.getDashArray();
            if (dash != null) {
                dash = dash.clone();
                for (int i = 0; i < dash.length; i++) {
                    dash[i] *= f;
                }
            }
            return new BasicStroke(b.getLineWidth() * f, b.getEndCap(), b.getLineJoin(), b.getMiterLimit(), dash,
                    b.getDashPhase() * f);
        }

        private Shape scaled(Shape shape) {
            return s == 1 ? shape : AffineTransform.getScaleInstance(s, s).createTransformedShape(shape);
        }

        @SuppressWarnings("unchecked")
        private <T> void style(Object target, String what, T current, UnaryOperator<T> styled, Consumer<T> set) {
            Key key = new Key(target, what);
            Slot slot = slots.get(key);
            if (slot == null || !Objects.equals(slot.applied, current)) {
                // new, or set anew by the chart's own code since: that is the new unscaled value
                slot = new Slot(current);
            }
            T next = styled.apply((T) slot.base);
            slot.applied = next;
            seen.put(key, slot);
            if (!Objects.equals(next, current)) {
                if (!changed) {
                    changed = true;
                    chart.setNotify(false);
                }
                set.accept(next);
            }
        }
    }

}
