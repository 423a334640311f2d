package seqlab.ui.prediction;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import seqlab.model.ScoredItem;
import seqlab.ui.common.ChartStyle;
import seqlab.ui.common.UiText;

public final class ProbabilityChart {

    private final JFreeChart chart;

    public ProbabilityChart() {
        chart = ChartFactory.createBarChart(UiText.get("prediction.chart.title"),
                UiText.get("prediction.chart.item"), UiText.get("prediction.chart.probability"), new DefaultCategoryDataset(),
                PlotOrientation.HORIZONTAL, false, true, false);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(percentTickUnits());
        range.setUpperMargin(0.15);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x1F77B4));
        DecimalFormat percent = new DecimalFormat("0.0%", symbols());
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", percent));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}", percent));
        ChartStyle.follow(chart);
    }

    /**
     * Tick units from 0.001% to 100% in 1-2-5 steps, each with as many decimals as its size needs, so that
     * neighbouring ticks never print the same label (a fixed "0.#%" printed "0% 0% 1% 1%").
     */
    static TickUnits percentTickUnits() {
        TickUnits units = new TickUnits();
        for (int exponent = -5; exponent <= 0; exponent++) {
            for (int step : new int[] {1, 2, 5}) {
                double size = step * Math.pow(10, exponent);
                if (size > 1) {
                    break;
                }
                int decimals = Math.max(0, -exponent - 2);
                DecimalFormat format = new DecimalFormat(decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%", symbols());
                units.add(new NumberTickUnit(size, format));
            }
        }
        return units;
    }

    private static DecimalFormatSymbols symbols() {
        return DecimalFormatSymbols.getInstance(UiText.language().locale());
    }

    public void show(List<ScoredItem> items) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ScoredItem item : items) {
            String name = item.label().equals(item.item()) ? item.item() : item.label() + " (" + item.item() + ")";
            dataset.addValue(item.probability(), "probability", item.rank() + ". " + name);
        }
        chart.getCategoryPlot().setDataset(dataset);
        double top = items.stream().mapToDouble(ScoredItem::probability).max().orElse(1);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setRange(0, upperBound(top));
    }

    /** Room for the largest bar's label, but never past 100%: a probability axis running to 110% reads as a bug. */
    static double upperBound(double largest) {
        return Math.max(1e-4, Math.min(1.0, largest * 1.15));
    }

    public JFreeChart chart() {
        return chart;
    }
}
