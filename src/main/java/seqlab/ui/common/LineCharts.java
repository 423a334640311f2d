package seqlab.ui.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

public final class LineCharts {

    private LineCharts() {
    }

    /**
     * A per-epoch line chart in the workbench's style, following {@link ChartStyle}; series i is drawn in
     * {@code colors[i]}.
     */
    public static JFreeChart perEpoch(String title, String yLabel, XYDataset dataset, Color... colors) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, UiText.get("charts.epoch"), yLabel, dataset, PlotOrientation.VERTICAL,
                true, true, false);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < colors.length; i++) {
            renderer.setSeriesPaint(i, colors[i]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAutoRangeIncludesZero(false);
        // a constant series (accuracy 0.5 every epoch) would otherwise get a range of 1e-8 and ticks all reading "5E-1"
        range.setAutoRangeMinimumSize(0.01);
        return ChartStyle.follow(chart);
    }
}
