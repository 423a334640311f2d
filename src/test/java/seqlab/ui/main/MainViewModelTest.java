package seqlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.data.BundledSample;

class MainViewModelTest {

    private final MainViewModel vm = new MainViewModel(Runners.sameThread());

    @Test
    void titleNamesTheFileAndMarksUnsavedEdits() {
        vm.openSample(BundledSample.TOY);
        assertEquals("SeqLab - toy.txt", vm.titleBinding().get());
        vm.data().textProperty().set("1 2 3\n");
        assertEquals("SeqLab - toy.txt *", vm.titleBinding().get());
    }

    @Test
    void aModelSavedWithItsEpochsOpensWithThemInTheScrubber(@TempDir Path dir) {
        vm.openSample(BundledSample.TOY);
        vm.settings().textProperty(seqlab.model.Hyperparameter.EPOCHS).set("3");
        vm.train();
        assertTrue(vm.training().currentModelHasEpochsBinding().get());
        Path with = dir.resolve("with.zip");
        Path without = dir.resolve("without.zip");
        vm.saveModel(with, true);
        assertTrue(vm.statusProperty().get().endsWith("with.zip with its 3 epochs"), vm.statusProperty().get());
        vm.saveModel(without);
        assertTrue(vm.statusProperty().get().startsWith("Saved model"), vm.statusProperty().get());

        MainViewModel other = new MainViewModel(Runners.sameThread());
        other.openModel(without);
        assertEquals(java.util.List.of(), java.util.List.copyOf(other.epochScrubber().epochs()));
        assertFalse(other.training().currentModelHasEpochsBinding().get());
        other.saveModel(dir.resolve("none.zip"), true);
        assertTrue(other.errorProperty().get().startsWith("The current model's epochs are not kept"),
                other.errorProperty().get());
        other.openModel(with);
        assertEquals(java.util.List.of(1, 2, 3), java.util.List.copyOf(other.epochScrubber().epochs()));
        assertTrue(other.training().currentModelHasEpochsBinding().get(), "opened with its epochs, it can save them again");
        other.epochScrubber().selectedEpochProperty().set(1);
        assertEquals(1, other.epochScrubber().shownModelProperty().get().history().size());
    }

    @Test
    void toySampleIsReadyToTrainWithTheToyPreset() {
        vm.openSample(BundledSample.TOY);
        assertTrue(vm.canTrainBinding().get());
        assertEquals("", vm.trainBlockedReasonBinding().get());
        assertEquals(60, vm.settings().configProperty().get().epochs());
    }

    @Test
    void movieLensOpensAsAReadOnlyPreviewAndDropsTheToyPreset() {
        vm.openSample(BundledSample.TOY);
        vm.openSample(BundledSample.MOVIELENS);
        assertFalse(vm.data().editableProperty().get());
        assertEquals(671, vm.data().summaryProperty().get().sequences());
        assertEquals(seqlab.model.ModelConfig.defaults(), vm.settings().configProperty().get());
        assertTrue(vm.data().textProperty().get().length() < 100_000);
        assertTrue(vm.canTrainBinding().get());
    }

    @Test
    void theDataPanesSuggestionToExcludeSeenItemsSetsTheSetting() {
        vm.openSample(BundledSample.MOVIELENS);
        assertEquals(seqlab.model.SeenItems.AUTO, vm.settings().configProperty().get().seenItems());
        assertEquals("", vm.data().seenItemsSuggestionBinding().get());
        vm.settings().textProperty(seqlab.model.Hyperparameter.SEEN_ITEMS).set("rank");
        assertTrue(vm.data().seenItemsSuggestionBinding().get().startsWith("These sequences almost never repeat"),
                vm.data().seenItemsSuggestionBinding().get());
        vm.data().excludeSeenItems();
        assertEquals(seqlab.model.SeenItems.EXCLUDE, vm.settings().configProperty().get().seenItems());
        assertEquals("", vm.data().seenItemsSuggestionBinding().get());
        vm.settings().textProperty(seqlab.model.Hyperparameter.SEEN_ITEMS).set("rank");
        assertFalse(vm.data().seenItemsSuggestionBinding().get().isEmpty());
    }

    @Test
    void invalidSettingsBlockTrainingWithTheReason() {
        vm.openSample(BundledSample.TOY);
        vm.settings().textProperty(seqlab.model.Hyperparameter.BATCH_SIZE).set("0");
        assertFalse(vm.canTrainBinding().get());
        assertTrue(vm.trainBlockedReasonBinding().get().contains("batch size must be between 1 and"));
    }

    @Test
    void aBadModelFileIsReportedNotThrown(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("model.zip");
        Files.writeString(bad, "not a zip");
        vm.openModel(bad);
        assertTrue(vm.errorProperty().get().startsWith("Cannot open the model model.zip: "), vm.errorProperty().get());
    }

    @Test
    void trainSaveOpenAndExportRoundTrip(@TempDir Path dir) throws Exception {
        vm.openSample(BundledSample.TOY);
        vm.settings().textProperty(seqlab.model.Hyperparameter.EPOCHS).set("2");
        vm.train();
        var trained = vm.training().modelProperty().get();
        Path model = dir.resolve("toy.zip");
        vm.saveModel(model);
        assertEquals("", vm.errorProperty().get());
        MainViewModel other = new MainViewModel(Runners.sameThread());
        other.openModel(model);
        assertEquals(trained.predict("1 2", 0).items(), other.training().modelProperty().get().predict("1 2", 0).items());
        var continuation = seqlab.model.ModelBundle.loadContinuation(model);
        assertEquals(2, continuation.epochs());
        assertTrue(continuation.state() != null, "the model file keeps the optimizer state to continue it later");
        Path csv = dir.resolve("metrics.csv");
        vm.exportMetrics(csv);
        var lines = Files.readAllLines(csv);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("epoch,train_loss,train_accuracy"));
    }
}
