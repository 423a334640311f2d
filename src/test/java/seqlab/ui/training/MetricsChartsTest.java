package seqlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.Test;
import seqlab.eval.MetricsReport;
import seqlab.model.EpochMetrics;

class MetricsChartsTest {

    private static EpochMetrics epoch(int n, double acc, double hr1, double hr10) {
        return new EpochMetrics(n, 5, 6.0 - n, acc, 6.5 - n, Map.of("hr@1", hr1, "hr@10", hr10), 1, 100, 100);
    }

    private static MetricsReport baseline(double hr10) {
        return new MetricsReport("b", Map.of("hr@10", hr10), 10, 0, 0, Double.NaN);
    }

    @Test
    void accuracyAxisAutoRangesAroundSmallHitRatesAndIncludesTheBaselines() {
        MetricsCharts charts = new MetricsCharts();
        Map<String, MetricsReport> baselines = new LinkedHashMap<>();
        baselines.put("popularity", baseline(0.012));
        baselines.put("markov", baseline(0.045));
        charts.showBaselines(baselines);
        charts.add(epoch(1, 0.005, 0.004, 0.020));
        charts.add(epoch(2, 0.008, 0.006, 0.031));
        ValueAxis y = charts.accuracyChart().getXYPlot().getRangeAxis();
        assertTrue(y.getUpperBound() < 0.1, "upper bound " + y.getUpperBound() + " leaves HR@10 lines readable");
        assertTrue(y.getUpperBound() >= 0.045, "the markov baseline line is inside the axis: " + y.getRange());
        assertTrue(y.getLowerBound() <= 0.004, "the lowest point is inside the axis: " + y.getRange());
        assertEquals(2, charts.baselineMarkers());
        assertEquals(3, charts.accuracyChart().getXYPlot().getLegendItems().getItemCount(),
                "the invisible baseline bounds add no legend entries");

        baselines.put("markov", baseline(0.012));
        charts.showBaselines(baselines);
        charts.add(epoch(3, 0.008, 0.006, 0.031));
        assertEquals(1, charts.baselineMarkers(), "equal baselines share one line");
        var marker = (org.jfree.chart.plot.ValueMarker) charts.accuracyChart().getXYPlot()
                .getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertEquals("popularity, markov HR@10 0.012", marker.getLabel());
    }

    @Test
    void anEpochRedrawsEachChartOnce() {
        MetricsCharts charts = new MetricsCharts();
        AtomicInteger loss = new AtomicInteger();
        AtomicInteger accuracy = new AtomicInteger();
        charts.lossChart().addChangeListener(e -> loss.incrementAndGet());
        charts.accuracyChart().addChangeListener(e -> accuracy.incrementAndGet());
        charts.add(epoch(1, 0.1, 0.1, 0.3));
        assertEquals(1, loss.get());
        assertEquals(1, accuracy.get());
        assertEquals(1, charts.trainingLossPoints());
    }

    @Test
    void showingTheHistoryAddsOnlyTheEpochsNotShownYetEachChartOnItsOwn() {
        MetricsCharts charts = new MetricsCharts();
        AtomicInteger loss = new AtomicInteger();
        AtomicInteger accuracy = new AtomicInteger();
        charts.lossChart().addChangeListener(e -> loss.incrementAndGet());
        charts.accuracyChart().addChangeListener(e -> accuracy.incrementAndGet());
        List<EpochMetrics> history = new ArrayList<>(List.of(epoch(1, 0.1, 0.1, 0.3), epoch(2, 0.2, 0.2, 0.4)));

        charts.showLoss(history);
        assertEquals(2, charts.trainingLossPoints());
        assertEquals(0, charts.trainingAccuracyPoints(), "the accuracy chart waits for its own turn");
        assertEquals(0, accuracy.get());
        charts.showLoss(history);
        assertEquals(2, charts.trainingLossPoints(), "nothing is added twice");
        assertEquals(1, loss.get(), "and an up-to-date chart does not redraw");

        history.add(epoch(3, 0.3, 0.3, 0.5));
        charts.showAccuracy(history);
        assertEquals(3, charts.trainingAccuracyPoints());
        assertEquals(1, accuracy.get(), "three epochs, one redraw");
        charts.showLoss(history);
        assertEquals(3, charts.trainingLossPoints());

        charts.clear();
        charts.showLoss(List.of(epoch(1, 0.1, 0.1, 0.3)));
        assertEquals(1, charts.trainingLossPoints(), "after clear the next run starts from epoch 1 again");
    }

    @Test
    void clearRemovesPointsAndBaselines() {
        MetricsCharts charts = new MetricsCharts();
        charts.showBaselines(Map.of("popularity", baseline(0.2)));
        charts.add(epoch(1, 0.1, 0.1, 0.3));
        charts.clear();
        assertEquals(0, charts.trainingLossPoints());
        assertEquals(0, charts.baselineMarkers());
    }

    @Test
    void aConstantAccuracyGetsAReadableAxis() {
        MetricsCharts charts = new MetricsCharts();
        charts.add(epoch(1, 0.5, 0.5, 0.5));
        charts.add(epoch(2, 0.5, 0.5, 0.5));
        charts.add(epoch(3, 0.5, 0.5, 0.5));
        ValueAxis y = charts.accuracyChart().getXYPlot().getRangeAxis();
        assertTrue(y.getRange().getLength() >= 0.01, "range " + y.getRange());
    }

    @Test
    void theSmoothedMinibatchLossIsAThinSecondDatasetOnTheLossChartAddedOnceAndCleared() {
        MetricsCharts charts = new MetricsCharts();
        List<SmoothedLossPoint> points = new java.util.ArrayList<>(List.of(new SmoothedLossPoint(0.1, 2.0),
                new SmoothedLossPoint(0.6, 1.5)));
        charts.showSmoothed(points);
        points.add(new SmoothedLossPoint(1.2, 1.2));
        charts.showSmoothed(points);
        assertEquals(3, charts.smoothedPoints());
        assertEquals(1.5, charts.lossChart().getXYPlot().getDataset(1).getYValue(0, 1), 1e-9);
        charts.clear();
        assertEquals(0, charts.smoothedPoints());
    }
}
