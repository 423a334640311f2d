package seqlab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

    private static JFreeChart chart(ChartStyle style, XYSeriesCollection data) {
        JFreeChart chart = LineCharts.perEpoch("Loss", "cross-entropy", data, Color.RED, Color.GREEN);
        return style.apply(chart);
    }

    private static float width(XYPlot plot, int series) {
        return ((BasicStroke) ((org.jfree.chart.renderer.AbstractRenderer) plot.getRenderer()).lookupSeriesStroke(series)).getLineWidth();
    }

    @Test
    void fontsStrokesAndLaterMarkersScaleWithoutCompoundingAndComeBack() {
        ChartStyle style = new ChartStyle();
        XYSeriesCollection data = new XYSeriesCollection(new XYSeries("a"));
        JFreeChart chart = chart(style, data);
        XYPlot plot = chart.getXYPlot();
        float label = plot.getDomainAxis().getLabelFont().getSize2D();
        float title = chart.getTitle().getFont().getSize2D();
        float line = width(plot, 0);

        style.scaleProperty().set(1.6);
        assertEquals(label * 1.6f, plot.getDomainAxis().getLabelFont().getSize2D(), 0.01);
        assertEquals(title * 1.6f, chart.getTitle().getFont().getSize2D(), 0.01);
        assertEquals(line * 1.6f, width(plot, 0), 0.01);
        data.addSeries(new XYSeries("added later"));
        assertEquals(line * 1.6f, width(plot, 1), 0.01, "a series added later gets the style too");
        ValueMarker marker = new ValueMarker(3, Color.GREEN, new BasicStroke(1.5f));
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.addDomainMarker(marker);
        assertEquals(11 * 1.6f, marker.getLabelFont().getSize2D(), 0.01, "and so does a marker");

        style.scaleProperty().set(2.0);
        assertEquals(label * 2f, plot.getDomainAxis().getLabelFont().getSize2D(), 0.01, "from the base, not 1.6x");
        style.scaleProperty().set(1);
        assertEquals(label, plot.getDomainAxis().getLabelFont().getSize2D(), 0.01);
        assertEquals(line, width(plot, 0), 0.01);
        assertEquals(11, marker.getLabelFont().getSize2D(), 0.01);
    }

    @Test
    void highContrastDrawsDarkSeriesOnLightGridlinesAndGivesTheColoursBack() {
        ChartStyle style = new ChartStyle();
        JFreeChart chart = chart(style, new XYSeriesCollection(new XYSeries("a")));
        XYPlot plot = chart.getXYPlot();
        style.highContrastProperty().set(true);
        assertEquals(ChartStyle.HIGH_CONTRAST[0], ((org.jfree.chart.renderer.AbstractRenderer) plot.getRenderer()).lookupSeriesPaint(0));
        assertEquals(ChartStyle.LIGHT_GRID, plot.getRangeGridlinePaint());
        style.highContrastProperty().set(false);
        assertEquals(Color.RED, ((org.jfree.chart.renderer.AbstractRenderer) plot.getRenderer()).lookupSeriesPaint(0));
        assertNotEquals(ChartStyle.LIGHT_GRID, plot.getRangeGridlinePaint());
    }
}
