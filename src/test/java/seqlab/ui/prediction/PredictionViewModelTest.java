package seqlab.ui.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import seqlab.ToyData;
import seqlab.data.ItemLabels;
import seqlab.data.SequenceReader;
import seqlab.model.ModelConfig;
import seqlab.model.PreparedData;
import seqlab.model.SeenItems;
import seqlab.model.TrainedModel;
import seqlab.model.Trainer;
import seqlab.model.TrainingListener;

class PredictionViewModelTest {

    private static TrainedModel toyModel;
    private static TrainedModel unseenModel;

    @BeforeAll
    static void train() {
        var data = new SequenceReader().read("toy", ToyData.TEXT);
        var prepared = PreparedData.prepare(data, ItemLabels.none(),
                ModelConfig.builder().epochs(60).learningRate(0.02).seenItems(seqlab.model.SeenItems.RANK).build(), null);
        toyModel = new Trainer(prepared).train(TrainingListener.none(), () -> false).model();
        var unseen = PreparedData.prepare(data, ItemLabels.none(),
                ModelConfig.builder().epochs(2).seenItems(SeenItems.EXCLUDE).build(), null);
        unseenModel = new Trainer(unseen).train(TrainingListener.none(), () -> false).model();
    }

    @Test
    void theModelThatPredictsIsNamedAndOtherDataIsFlagged() {
        PredictionViewModel vm = new PredictionViewModel();
        assertEquals("No model yet.", vm.modelTextProperty().get());
        vm.dataProperty().set(new SequenceReader().read("toy", ToyData.TEXT));
        vm.originProperty().set("run 3, trained 2026-12-02 05:41:03Z");
        vm.modelProperty().set(toyModel);
        assertEquals("Model: run 3, trained 2026-12-02 05:41:03Z; trained on toy (4 sequences), epoch 60 of 60 kept,"
                + " 5 items", vm.modelTextProperty().get());
        assertEquals("", vm.otherDataWarningProperty().get());

        vm.dataProperty().set(new SequenceReader().read("ratings.csv", "1 2 3\n4 2 5\n"));
        assertEquals("Trained on other data than the data now loaded (ratings.csv, 2 sequences): predictions use only"
                + " the items the model knows.", vm.otherDataWarningProperty().get());
        vm.dataProperty().set(new SequenceReader().read("toy", "1 2 3\n4 2 5\n1 2\n1 2 4 5 1\n"));
        assertTrue(vm.otherDataWarningProperty().get().startsWith("Trained on other data"), "one event more");
        vm.dataProperty().set(new SequenceReader().read("toy", "1 2 3\n4 2 5\n1 2\n1 2 4 5\n7\n"));
        assertEquals("", vm.otherDataWarningProperty().get(), "a single-item line that training leaves out");
        vm.modelProperty().set(null);
        assertEquals("", vm.otherDataWarningProperty().get());
    }

    @Test
    void theRuleOnSeenItemsIsStatedWhenTheModelLeavesThemOut() {
        PredictionViewModel vm = new PredictionViewModel();
        vm.modelProperty().set(toyModel);
        vm.prefixProperty().set("1 2");
        assertEquals("", vm.seenItemsNoteProperty().get());
        vm.modelProperty().set(unseenModel);
        assertEquals("Items already in the prefix are not ranked. Left out: 1, 2", vm.seenItemsNoteProperty().get());
        assertEquals(Set.of("3", "4", "5"), Set.copyOf(vm.ranked().stream().map(i -> i.item()).toList()));
        vm.prefixProperty().set("");
        assertEquals("Items already in the prefix are not ranked.", vm.seenItemsNoteProperty().get());
        vm.modelProperty().set(null);
        assertEquals("", vm.seenItemsNoteProperty().get());
    }

    @Test
    void withoutAModelItSaysWhatToDo() {
        PredictionViewModel vm = new PredictionViewModel();
        vm.prefixProperty().set("1 2");
        assertTrue(vm.ranked().isEmpty());
        assertTrue(vm.messageProperty().get().startsWith("No model yet"));
    }

    @Test
    void typingAPrefixRanksTheNextItems() {
        PredictionViewModel vm = new PredictionViewModel();
        vm.modelProperty().set(toyModel);
        vm.topKProperty().set(2);
        vm.prefixProperty().set("1 2");
        assertEquals(Set.of("3", "4"), Set.of(vm.top().get(0).item(), vm.top().get(1).item()));
        assertEquals(2, vm.top().size());
        assertEquals(toyModel.vocabulary().size(), vm.ranked().size());
        assertEquals(1.0, vm.ranked().stream().mapToDouble(i -> i.probability()).sum(), 1e-3);
    }

    @Test
    void unknownItemsAreShownAsSuch() {
        PredictionViewModel vm = new PredictionViewModel();
        vm.modelProperty().set(toyModel);
        vm.prefixProperty().set("1 banana 2");
        assertEquals("Unknown, skipped: banana", vm.unknownItemsProperty().get());
        assertEquals("Next item after 1 2", vm.messageProperty().get());
        vm.prefixProperty().set("banana");
        assertTrue(vm.top().isEmpty());
        assertEquals("No item of the prefix is known to the model.", vm.messageProperty().get());
    }

    @Test
    void suggestionsCompleteTheLastTypedItem() {
        assertEquals("2", PredictionViewModel.partial("1 2"));
        assertEquals("", PredictionViewModel.partial("1 2 "));
        assertEquals("Hea", PredictionViewModel.partial("Toy Story (1995); Hea"));
        PredictionViewModel vm = new PredictionViewModel();
        vm.modelProperty().set(toyModel);
        vm.prefixProperty().set("1 ");
        assertEquals(List.of(), vm.suggestions());
        vm.applySuggestion("4");
        assertEquals("1 4 ", vm.prefixProperty().get());
    }
}
