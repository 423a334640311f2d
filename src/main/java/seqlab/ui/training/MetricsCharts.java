package seqlab.ui.training;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import seqlab.data.OutputFile;
import seqlab.eval.MetricsReport;
import seqlab.model.EpochMetrics;
import seqlab.ui.common.LineCharts;
import seqlab.ui.common.UiText;

public final class MetricsCharts {

    private final XYSeries trainLoss = new XYSeries(UiText.get("charts.trainingLoss"));
    private final XYSeries validationLoss = new XYSeries(UiText.get("charts.validationLoss"));
    private final XYSeries trainAccuracy = new XYSeries(UiText.get("charts.trainingAccuracy"));
    private final XYSeries validationHr1 = new XYSeries(UiText.get("charts.validationHr1"));
    private final XYSeries validationHr10 = new XYSeries(UiText.get("charts.validationHr10"));
    /** Baseline HR@10 values as invisible points, so that the auto-ranged y axis includes the baseline lines. */
    private final XYSeriesCollection baselineBounds = new XYSeriesCollection();
    private final JFreeChart lossChart;
    private final JFreeChart accuracyChart;
    private final Map<Integer, Double> learningRates = new ConcurrentHashMap<>();
    private final XYSeries smoothedLoss = new XYSeries(UiText.get("charts.smoothedLoss"));
    private int lossShown;
    private int smoothedShown;
    private int accuracyShown;

    public MetricsCharts() {
        lossChart = chart(UiText.get("charts.loss"), UiText.get("charts.crossEntropy"), trainLoss, validationLoss);
        XYSeriesCollection smoothed = new XYSeriesCollection(smoothedLoss);
        XYLineAndShapeRenderer thin = new XYLineAndShapeRenderer(true, false);
        thin.setSeriesPaint(0, new Color(0x1F77B4, false).brighter());
        thin.setSeriesStroke(0, new BasicStroke(0.8f));
        lossChart.getXYPlot().setDataset(1, smoothed);
        lossChart.getXYPlot().setRenderer(1, thin);
        accuracyChart = chart(UiText.get("charts.accuracy"), UiText.get("charts.hitRate"), trainAccuracy, validationHr1, validationHr10);
        XYLineAndShapeRenderer invisible = new XYLineAndShapeRenderer(false, false);
        invisible.setDefaultSeriesVisibleInLegend(false);
        accuracyChart.getXYPlot().setDataset(1, baselineBounds);
        accuracyChart.getXYPlot().setRenderer(1, invisible);
    }

    private JFreeChart chart(String title, String yLabel, XYSeries... series) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (XYSeries s : series) {
            dataset.addSeries(s);
        }
        Color[] colors = {new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C)};
        JFreeChart chart = LineCharts.perEpoch(title, yLabel, dataset, colors);
        StandardXYToolTipGenerator values = new StandardXYToolTipGenerator(UiText.get("training.chart.tooltip"),
                new DecimalFormat("0"), new DecimalFormat("0.0000", DecimalFormatSymbols.getInstance(UiText.language().locale())));
        ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).setDefaultToolTipGenerator((data, row, item) -> {
            Double rate = learningRates.get((int) data.getXValue(row, item));
            return values.generateToolTip(data, row, item)
                    + (rate == null || rate.isNaN() ? "" : UiText.format("training.chart.learningRate", String.format(UiText.language().locale(), "%.2g", rate)));
        });
        return chart;
    }

    public void clear() {
        batched(() -> {
            for (XYSeries s : new XYSeries[] {trainLoss, validationLoss, trainAccuracy, validationHr1, validationHr10}) {
                s.clear();
            }
            accuracyChart.getXYPlot().clearRangeMarkers();
            lossChart.getXYPlot().clearDomainMarkers();
            accuracyChart.getXYPlot().clearDomainMarkers();
            baselineBounds.removeAllSeries();
            smoothedLoss.clear();
        });
        learningRates.clear();
        lossShown = 0;
        smoothedShown = 0;
        accuracyShown = 0;
    }

    /** Adds one epoch's points; each chart redraws once, not once per series. */
    public void add(EpochMetrics m) {
        showLoss(List.of(m));
        showAccuracy(List.of(m));
    }

    /**
     * Brings the loss chart up to date with {@code epochs}, the whole history so far: the epochs it does not
     * show yet are added with one redraw.
     */
    public void showLoss(List<EpochMetrics> epochs) {
        lossShown = showNew(lossChart, epochs, lossShown, m -> {
            learningRates.put(m.epoch(), m.learningRate());
            addPoint(trainLoss, m.epoch(), m.trainLoss());
            addPoint(validationLoss, m.epoch(), m.validationLoss());
            markBest(lossChart, m);
        });
    }

    /**
     * Brings the thin smoothed minibatch loss curve up to date with {@code points}, all reported so far
     * (epoch 2 half done sits at 1.5, before the epoch's point at 2).
     */
    public void showSmoothed(List<SmoothedLossPoint> points) {
        if (points.size() <= smoothedShown) {
            return;
        }
        lossChart.setNotify(false);
        try {
            for (SmoothedLossPoint p : points.subList(smoothedShown, points.size())) {
                if (Double.isFinite(p.loss())) {
                    smoothedLoss.add(p.epochs(), p.loss());
                }
            }
        } finally {
            lossChart.setNotify(true);
        }
        smoothedShown = points.size();
    }

    int smoothedPoints() {
        return smoothedLoss.getItemCount();
    }

    private void markBest(JFreeChart chart, EpochMetrics m) {
        if (!m.improved()) {
            return;
        }
        XYPlot plot = chart.getXYPlot();
        plot.clearDomainMarkers();
        ValueMarker marker = new ValueMarker(m.epoch(), new Color(0x2CA02C), new BasicStroke(1.5f));
        marker.setLabel(UiText.format("charts.bestEpoch", m.epoch()));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        plot.addDomainMarker(marker);
    }

    /** As {@link #showLoss}, for the accuracy chart. */
    public void showAccuracy(List<EpochMetrics> epochs) {
        accuracyShown = showNew(accuracyChart, epochs, accuracyShown, m -> {
            addPoint(trainAccuracy, m.epoch(), m.trainAccuracy());
            addPoint(validationHr1, m.epoch(), m.val("hr@1"));
            addPoint(validationHr10, m.epoch(), m.val("hr@10"));
            markBest(accuracyChart, m);
        });
    }

    private static int showNew(JFreeChart chart, List<EpochMetrics> epochs, int shown, Consumer<EpochMetrics> add) {
        int last = epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch();
        if (last <= shown) {
            return shown;
        }
        chart.setNotify(false);
        try {
            epochs.stream().filter(m -> m.epoch() > shown).forEach(add);
        } finally {
            chart.setNotify(true);
        }
        return last;
    }

    private void batched(Runnable change) {
        lossChart.setNotify(false);
        accuracyChart.setNotify(false);
        try {
            change.run();
        } finally {
            lossChart.setNotify(true);
            accuracyChart.setNotify(true);
        }
    }

    private static void addPoint(XYSeries series, int epoch, double value) {
        if (Double.isFinite(value)) {
            series.add(epoch, value);
        }
    }

    public void showBaselines(Map<String, MetricsReport> baselines) {
        batched(() -> addBaselines(baselines));
    }

    private void addBaselines(Map<String, MetricsReport> baselines) {
        XYPlot plot = accuracyChart.getXYPlot();
        plot.clearRangeMarkers();
        baselineBounds.removeAllSeries();
        Color[] colors = {new Color(0x7F7F7F), new Color(0x9467BD)};
        Map<String, Double> grouped = new LinkedHashMap<>();
        for (Map.Entry<String, MetricsReport> e : baselines.entrySet()) {
            double hr10 = e.getValue().hr(10);
            String same = grouped.entrySet().stream().filter(g -> Math.abs(g.getValue() - hr10) < SAME_HEIGHT)
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (same == null) {
                grouped.put(e.getKey(), hr10);
            } else {
                grouped.put(same + ", " + e.getKey(), grouped.remove(same));
            }
        }
        int i = 0;
        for (Map.Entry<String, Double> e : grouped.entrySet()) {
            double hr10 = e.getValue();
            boolean left = i % 2 == 0;
            ValueMarker marker = new ValueMarker(hr10, colors[i++ % colors.length], new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel(UiText.format("training.chart.baseline", e.getKey(), hr10));
            // alternate sides, so that two baselines close together do not print over each other
            marker.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(left ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_RIGHT);
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            plot.addRangeMarker(marker);
            if (Double.isFinite(hr10)) {
                XYSeries bound = new XYSeries(e.getKey() + " HR@10");
                bound.add(1, hr10);
                baselineBounds.addSeries(bound);
            }
        }
    }

    /** Baselines closer than this on the HR@10 axis share one line and one label. */
    static final double SAME_HEIGHT = 0.005;

    public int trainingLossPoints() {
        return trainLoss.getItemCount();
    }

    public int trainingAccuracyPoints() {
        return trainAccuracy.getItemCount();
    }

    public int baselineMarkers() {
        var markers = accuracyChart.getXYPlot().getRangeMarkers(Layer.FOREGROUND);
        return markers == null ? 0 : markers.size();
    }

    public JFreeChart lossChart() {
        return lossChart;
    }

    public JFreeChart accuracyChart() {
        return accuracyChart;
    }

    public static void savePng(JFreeChart chart, File file) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, chart, 1000, 600);
        OutputFile.write(file.toPath(), png.toByteArray());
    }
}
