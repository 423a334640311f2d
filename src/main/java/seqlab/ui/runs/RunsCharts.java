package seqlab.ui.runs;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import seqlab.model.EpochMetrics;
import seqlab.runs.RunRecord;
import seqlab.ui.common.LineCharts;
import seqlab.ui.common.UiText;

public final class RunsCharts {

    private static final Color[] COLORS = {new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C),
        new Color(0xD62728), new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F)};

    private final XYSeriesCollection loss = new XYSeriesCollection();
    private final XYSeriesCollection hr10 = new XYSeriesCollection();
    private final JFreeChart lossChart;
    private final JFreeChart hr10Chart;

    public RunsCharts() {
        lossChart = chart(UiText.get("runs.chart.trainingLoss"), UiText.get("charts.crossEntropy"), loss);
        hr10Chart = chart(UiText.get("runs.chart.validationHr10"), UiText.get("charts.hitRate"), hr10);
        NumberAxis rate = (NumberAxis) hr10Chart.getXYPlot().getRangeAxis();
        rate.setAutoRangeIncludesZero(true);
        rate.setAutoRangeMinimumSize(0.01);
        rate.setNumberFormatOverride(new DecimalFormat("0.000", DecimalFormatSymbols.getInstance(UiText.language().locale())));
    }

    private static JFreeChart chart(String title, String yLabel, XYSeriesCollection dataset) {
        return LineCharts.perEpoch(title, yLabel, dataset, COLORS);
    }

    public void show(Map<RunRecord, String> runs) {
        fill(loss, runs, EpochMetrics::trainLoss);
        fill(hr10, runs, m -> m.val("hr@10"));
    }

    private static void fill(XYSeriesCollection dataset, Map<RunRecord, String> runs,
                             ToDoubleFunction<EpochMetrics> value) {
        dataset.removeAllSeries();
        runs.forEach((run, name) -> {
            XYSeries s = new XYSeries(name, true, false);
            for (EpochMetrics m : run.epochs()) {
                double v = value.applyAsDouble(m);
                if (Double.isFinite(v)) {
                    s.add(m.epoch(), v);
                }
            }
            if (s.getItemCount() > 0) {
                dataset.addSeries(s);
            }
        });
    }

    public JFreeChart lossChart() {
        return lossChart;
    }

    public JFreeChart hr10Chart() {
        return hr10Chart;
    }
}
