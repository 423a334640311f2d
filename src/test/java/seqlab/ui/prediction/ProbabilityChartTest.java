package seqlab.ui.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnits;
import org.junit.jupiter.api.Test;

class ProbabilityChartTest {

    @Test
    void neighbouringTicksNeverPrintTheSameLabel() {
        TickUnits units = ProbabilityChart.percentTickUnits();
        for (double size : new double[] {0.00002, 0.0004, 0.002, 0.005, 0.03, 0.2, 1}) {
            TickUnit unit = units.getCeilingTickUnit(size);
            for (int i = 0; i < 6; i++) {
                assertNotEquals(unit.valueToString(i * unit.getSize()), unit.valueToString((i + 1) * unit.getSize()),
                        "tick size " + unit.getSize());
            }
        }
    }

    @Test
    void labelsUseOnlyTheDecimalsTheTickSizeNeeds() {
        TickUnits units = ProbabilityChart.percentTickUnits();
        assertEquals("0.5%", units.getCeilingTickUnit(0.005).valueToString(0.005).replace(',', '.'));
        assertEquals("10%", units.getCeilingTickUnit(0.1).valueToString(0.1));
    }

    @Test
    void theProbabilityAxisNeverRunsPastOneHundredPercent() {
        ProbabilityChart chart = new ProbabilityChart();
        chart.show(java.util.List.of(new seqlab.model.ScoredItem(1, "3", "3", 0.97)));
        assertEquals(1.0, chart.chart().getCategoryPlot().getRangeAxis().getUpperBound(), 1e-9);
        chart.show(java.util.List.of(new seqlab.model.ScoredItem(1, "3", "3", 0.4)));
        assertEquals(0.46, chart.chart().getCategoryPlot().getRangeAxis().getUpperBound(), 1e-6);
        chart.show(java.util.List.of());
        assertEquals(1.0, chart.chart().getCategoryPlot().getRangeAxis().getUpperBound(), 1e-9);
    }
}
