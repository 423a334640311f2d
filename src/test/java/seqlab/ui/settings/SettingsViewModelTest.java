package seqlab.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import seqlab.model.Formulation;
import seqlab.model.ModelConfig;
import seqlab.model.Padding;
import seqlab.ui.settings.SettingsViewModel.Field;

class SettingsViewModelTest {

    private final SettingsViewModel vm = new SettingsViewModel();

    @Test
    void startsFromTheCoreDefaultsAndIsValid() {
        assertTrue(vm.validProperty().get());
        assertEquals(ModelConfig.defaults(), vm.configProperty().get());
        assertEquals("", vm.problemTextProperty().get());
    }

    @Test
    void outOfRangeEpochsMakeTheSettingsInvalidWithTheReasonOnTheField() {
        vm.epochsProperty().set("0");
        assertFalse(vm.validProperty().get());
        assertNull(vm.configProperty().get());
        assertTrue(vm.messageFor(Field.EPOCHS).get().startsWith("epochs must be between 1 and"),
                vm.messageFor(Field.EPOCHS).get());
        assertEquals("", vm.messageFor(Field.UNITS).get());
        vm.epochsProperty().set("5");
        assertTrue(vm.validProperty().get());
        assertEquals(5, vm.configProperty().get().epochs());
    }

    @Test
    void textThatIsNotANumberIsReported() {
        vm.learningRateProperty().set("fast");
        assertFalse(vm.validProperty().get());
        assertTrue(vm.messageFor(Field.LEARNING_RATE).get().contains("must be a number"));
    }

    @Test
    void notebookPaddingNeedsPrefixTrainingTargets() {
        vm.paddingProperty().set(Padding.POST);
        assertFalse(vm.validProperty().get());
        assertTrue(vm.messageFor(Field.PADDING).get().contains("notebook-style"));
        vm.formulationProperty().set(Formulation.PREFIXES);
        assertTrue(vm.validProperty().get());
    }

    @Test
    void toyPresetSetsEpochsAndLearningRate() {
        vm.applyToyPreset();
        assertEquals(60, vm.configProperty().get().epochs());
        assertEquals(0.02, vm.configProperty().get().learningRate());
    }
}
