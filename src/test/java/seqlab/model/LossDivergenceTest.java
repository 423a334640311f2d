package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossDivergenceTest {

    private static LossDivergence watch(int items, double... losses) {
        LossDivergence d = new LossDivergence(items);
        for (int i = 0; i < losses.length; i++) {
            d.observe(i + 1, losses[i], 0.03);
        }
        return d;
    }

    @Test
    void aRunThatStartsNearChanceAndGoesDownOrWobblesDoesNotDiverge() {
        // margarine's defaults (ln 10 = 2.30) and the toy data's noisy low losses
        assertFalse(watch(10, 1.7368, 1.4473, 1.3618, 1.3590, 1.3486, 1.2824).diverged());
        assertFalse(watch(5, 1.5839, 1.3199, 0.9686, 0.0677, 0.3473, 0.2547).diverged());
        // the first epoch a little above chance: initial weights are not exactly uniform
        assertFalse(watch(5, 2.2, 1.4).diverged());
        assertFalse(watch(9000, 9.8, 7.0, 7.2).diverged());
        assertEquals("", watch(10, 1.7, 1.5).warning(2, 1.5));
    }

    @Test
    void aLossFarAboveChanceDivergesEvenInTheFirstEpoch() {
        // margarine with learning rate 1
        LossDivergence d = watch(10, 10.8173, 5.4574, 3.7128, 2.9641);
        assertTrue(d.diverged());
        assertEquals("the loss diverged: 3 epoch(s) far above chance level ln(10 items) = 2.3026 (the worst: epoch 1"
                + " at 10.8173; the best: 2.9641 in epoch 4); the model kept (epoch 4, loss 2.9641) may predict badly:"
                + " lower the learning rate (it was 0.03)", d.warning(4, 2.9641));
    }

    @Test
    void aLossThatClimbsBackAboveChanceAfterLearningDiverges() {
        // ln 9000 = 9.10, margin 2.28: 10.5 is not far above chance, but far above the best epoch
        assertTrue(watch(9000, 8.0, 6.5, 10.5).diverged());
        assertFalse(watch(9000, 8.0, 6.5, 8.5).diverged());
    }

    @Test
    void oneItemHasNoChanceLevelToDivergeFrom() {
        assertFalse(watch(1, 0.0, 5.0, 50.0).diverged());
    }
}
