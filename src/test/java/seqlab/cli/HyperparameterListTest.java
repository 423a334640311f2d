package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import seqlab.model.Hyperparameter;
import seqlab.model.ModelConfig;
import seqlab.runs.SweepPlan;
import seqlab.ui.settings.SettingsViewModel;

/** The one list of hyperparameters: every setting has a flag, a form field, a sweep name and a range. */
class HyperparameterListTest {

    @Test
    void everySettingHasAFlagAFieldASweepNameAndARange() {
        ModelConfig defaults = ModelConfig.defaults();
        for (Hyperparameter h : Hyperparameter.values()) {
            assertTrue(ConfigFlags.HYPERPARAMETERS.contains(h.key()), h + " has no flag");
            assertTrue(SettingsViewModel.shownSettings().contains(h), h + " has no field in the settings form");
            assertFalse(h.rangeText().isBlank(), h + " has no range");
            assertFalse(h.description().isBlank(), h + " has no description");
            SweepPlan plan = SweepPlan.parse(List.of(h.key() + "=" + h.defaultText()), 1);
            assertEquals(List.of(defaults), plan.configs(defaults), h + " cannot be swept by its name");
        }
        assertEquals(Hyperparameter.values().length, ConfigFlags.HYPERPARAMETERS.size());
    }

    @Test
    void everyValueSurvivesTextAndBack() {
        ModelConfig c = ModelConfig.builder().dropout(0.25).weightDecay(1e-4).patience(3)
                .monitor(seqlab.model.Monitor.VAL_LOSS).schedule(seqlab.model.LearningRateSchedule.COSINE)
                .seenItems(seqlab.model.SeenItems.EXCLUDE).seed(-7).build();
        ModelConfig.Builder b = ModelConfig.builder();
        Arrays.stream(Hyperparameter.values()).forEach(h -> h.apply(b, h.text(c)));
        assertEquals(c, b.build());
    }

    @Test
    void theCommandLineReadsTheNewSettings() {
        Options o = Options.parse("train", List.of("--dropout", "0.3", "--lr-schedule", "cosine", "--patience", "2"),
                ConfigFlags.HYPERPARAMETERS, java.util.Set.of());
        ModelConfig c = ConfigFlags.config(o, ModelConfig.defaults(), System.err);
        assertEquals(0.3, c.dropout());
        assertEquals(seqlab.model.LearningRateSchedule.COSINE, c.schedule());
        assertEquals(2, c.patience());
    }
}
