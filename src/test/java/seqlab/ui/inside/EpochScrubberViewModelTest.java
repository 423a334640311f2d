package seqlab.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import seqlab.ToyData;
import seqlab.data.ItemLabels;
import seqlab.data.SequenceReader;
import seqlab.model.EpochSnapshots;
import seqlab.model.ModelConfig;
import seqlab.model.TrainedModel;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.training.TrainingViewModel;

class EpochScrubberViewModelTest {

    private static TrainingViewModel trained(int epochs) {
        TrainingViewModel training = new TrainingViewModel(Runners.sameThread());
        training.keepEpochModels();
        training.start(new SequenceReader().read("toy", ToyData.TEXT), ItemLabels.none(),
                ModelConfig.builder().epochs(epochs).build());
        return training;
    }

    @Test
    void withoutSnapshotsTheCurrentModelIsShown() {
        TrainingViewModel training = trained(1);
        EpochScrubberViewModel vm = new EpochScrubberViewModel(Runners.sameThread());
        assertEquals(null, vm.shownModelProperty().get());
        vm.currentModelProperty().set(training.modelProperty().get());
        assertSame(training.modelProperty().get(), vm.shownModelProperty().get());
        assertTrue(vm.labelProperty().get().contains("current model"), vm.labelProperty().get());
    }

    @Test
    void followingTheLatestShowsEachEpochAsItEndsAndChoosingAnOlderOneStopsFollowing() {
        TrainingViewModel training = trained(3);
        EpochScrubberViewModel vm = new EpochScrubberViewModel(Runners.sameThread());
        vm.currentModelProperty().set(training.modelProperty().get());
        vm.snapshotsProperty().set(training.snapshotsProperty().get());
        ObservableList<Integer> arriving = FXCollections.observableArrayList();
        javafx.beans.binding.Bindings.bindContent(vm.epochs(), arriving);
        vm.runningProperty().set(true);
        arriving.add(1);
        assertSame(training.snapshotsProperty().get().model(1), vm.shownModelProperty().get());
        arriving.add(2);
        assertEquals(2, vm.selectedEpochProperty().get());
        assertSame(training.snapshotsProperty().get().model(2), vm.shownModelProperty().get());
        assertTrue(vm.labelProperty().get().startsWith("epoch 2 of 3"), vm.labelProperty().get());

        vm.selectedEpochProperty().set(1);
        assertFalse(vm.followLatestProperty().get());
        arriving.add(3);
        assertEquals(1, vm.selectedEpochProperty().get());
        assertSame(training.snapshotsProperty().get().model(1), vm.shownModelProperty().get());
        assertTrue(vm.labelProperty().get().startsWith("epoch 1 of 3"), vm.labelProperty().get());

        vm.followLatestProperty().set(true);
        assertEquals(3, vm.selectedEpochProperty().get());
        assertSame(training.snapshotsProperty().get().model(3), vm.shownModelProperty().get());
        assertEquals(List.of(1, 2, 3), List.copyOf(vm.epochs()));

        vm.runningProperty().set(false);
        assertSame(training.modelProperty().get(), vm.shownModelProperty().get(), "after the run: the kept model");
        vm.selectedEpochProperty().set(2);
        assertSame(training.snapshotsProperty().get().model(2), vm.shownModelProperty().get(), "an epoch looked back at");
    }

    @Test
    void anEpochSpilledToDiskIsReadBackAndShownWithItsLabel() {
        TrainingViewModel training = trained(2);
        try (EpochSnapshots onDisk = new EpochSnapshots(0)) {
            for (int epoch : List.of(1, 2)) {
                onDisk.add(epoch, training.snapshotsProperty().get().model(epoch));
            }
            assertFalse(onDisk.inMemory(2), "the first epoch stays in memory, the next goes to disk with no budget");
            EpochScrubberViewModel vm = new EpochScrubberViewModel(Runners.sameThread());
            vm.currentModelProperty().set(training.modelProperty().get());
            vm.snapshotsProperty().set(onDisk);
            vm.runningProperty().set(true);
            vm.epochs().setAll(1, 2);
            TrainedModel shown = vm.shownModelProperty().get();
            assertEquals(2, shown.history().size(), "the model after epoch 2");
            assertEquals(training.snapshotsProperty().get().model(2).predict("1 2", 0).items(),
                    shown.predict("1 2", 0).items());
            assertTrue(vm.labelProperty().get().startsWith("epoch 2 of 2"), vm.labelProperty().get());
            onDisk.close();
            vm.selectedEpochProperty().set(1);
            assertSame(training.modelProperty().get(), vm.shownModelProperty().get(), "a closed store: the current model");
            assertTrue(vm.labelProperty().get().startsWith("Epoch 1 could not be shown"), vm.labelProperty().get());
        }
    }
}
