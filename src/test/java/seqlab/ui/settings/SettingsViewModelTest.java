package seqlab.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import seqlab.model.ModelConfig;
import seqlab.model.Hyperparameter;

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
        vm.textProperty(Hyperparameter.EPOCHS).set("0");
        assertFalse(vm.validProperty().get());
        assertNull(vm.configProperty().get());
        assertTrue(vm.messageFor(Hyperparameter.EPOCHS).get().startsWith("epochs must be between 1 and"),
                vm.messageFor(Hyperparameter.EPOCHS).get());
        assertEquals("", vm.messageFor(Hyperparameter.UNITS).get());
        vm.textProperty(Hyperparameter.EPOCHS).set("5");
        assertTrue(vm.validProperty().get());
        assertEquals(5, vm.configProperty().get().epochs());
    }

    @Test
    void textThatIsNotANumberIsReported() {
        vm.textProperty(Hyperparameter.LEARNING_RATE).set("fast");
        assertFalse(vm.validProperty().get());
        assertTrue(vm.messageFor(Hyperparameter.LEARNING_RATE).get().contains("must be a number"));
    }

    @Test
    void notebookPaddingNeedsPrefixTrainingTargets() {
        vm.textProperty(Hyperparameter.PADDING).set("post");
        assertFalse(vm.validProperty().get());
        assertTrue(vm.messageFor(Hyperparameter.PADDING).get().contains("notebook-style"));
        vm.textProperty(Hyperparameter.TRAINING).set("prefixes");
        assertTrue(vm.validProperty().get());
    }

    @Test
    void toyPresetSetsEpochsAndLearningRate() {
        vm.applyToyPreset();
        assertEquals(60, vm.configProperty().get().epochs());
        assertEquals(0.02, vm.configProperty().get().learningRate());
    }

    @Test
    void theFormShowsEveryHyperparameterOnce() {
        assertTrue(SettingsViewModel.showsEverySetting());
        assertEquals(Hyperparameter.values().length, SettingsViewModel.shownSettings().size());
    }

    @Test
    void aWordInANumberFieldIsReportedOnThatFieldAndOtherRangesStillChecked() {
        vm.textProperty(Hyperparameter.DROPOUT).set("half");
        vm.textProperty(Hyperparameter.UNITS).set("0");
        assertEquals("dropout must be a number from 0 to 0.9 (got 'half')", vm.messageFor(Hyperparameter.DROPOUT).get());
        assertTrue(vm.messageFor(Hyperparameter.UNITS).get().startsWith("LSTM units must be between 1 and"));
    }
}
