package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LearningRatesTest {

    @Test
    void plateauHalvesOnlyAfterAnEpochWithoutImprovementAndStopsAtTheFloor() {
        LearningRates r = new LearningRates(LearningRateSchedule.PLATEAU, 0.01, 20);
        assertEquals(0.01, r.first());
        assertEquals(0.01, r.next(2, true));
        assertEquals(0.005, r.next(3, false));
        assertEquals(0.005, r.next(4, true));
        assertEquals(0.0025, r.next(5, false));
        for (int e = 6; e < 20; e++) {
            r.next(e, false);
        }
        assertEquals(0.01 * LearningRates.FLOOR, r.next(20, false), 1e-15);
    }

    @Test
    void cosineFallsFromTheStartToTheFloorOverThePlannedEpochs() {
        LearningRates r = new LearningRates(LearningRateSchedule.COSINE, 0.1, 5);
        double previous = r.first();
        for (int e = 2; e <= 5; e++) {
            double now = r.next(e, true);
            assertTrue(now < previous, "epoch " + e);
            previous = now;
        }
        assertEquals(0.1 * LearningRates.FLOOR, previous, 1e-15);
    }

    @Test
    void constantNeverChanges() {
        LearningRates r = new LearningRates(LearningRateSchedule.CONSTANT, 0.03, 3);
        assertEquals(0.03, r.next(2, false));
        assertEquals(0.03, r.next(3, false));
    }

    @Test
    void earlyStoppingFollowsTheDirectionOfItsMetric() {
        EarlyStopping mrr = new EarlyStopping(Monitor.MRR_AT_10, 2);
        assertTrue(mrr.observe(1, mrr.value(9, Map.of("mrr@10", 0.1))));
        assertTrue(mrr.observe(2, 0.2));
        assertFalse(mrr.observe(3, 0.2));
        assertFalse(mrr.shouldStop());
        assertFalse(mrr.observe(4, 0.15));
        assertTrue(mrr.shouldStop());
        assertEquals(2, mrr.bestEpoch());

        EarlyStopping loss = new EarlyStopping(Monitor.VAL_LOSS, 0);
        assertTrue(loss.observe(1, loss.value(3.0, Map.of("mrr@10", 0.1))));
        assertTrue(loss.observe(2, 2.5));
        assertFalse(loss.observe(3, 2.7));
        assertFalse(loss.shouldStop(), "patience 0 never stops");
        assertEquals(2, loss.bestEpoch());
    }
}
