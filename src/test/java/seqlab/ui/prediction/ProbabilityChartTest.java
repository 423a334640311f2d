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
}
