package seqlab.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import seqlab.ToyData;
import seqlab.data.SequenceData;
import seqlab.model.Formulation;
import seqlab.model.ModelConfig;
import seqlab.model.Padding;
import seqlab.model.TrainingSamples;
import seqlab.model.TrainingSamples.CellKind;
import seqlab.model.TrainingSamples.ItemStatus;
import seqlab.ui.concurrent.Runners;

class SamplesViewModelTest {

    private static SamplesViewModel toy(ModelConfig config) {
        SamplesViewModel vm = new SamplesViewModel(Runners.sameThread());
        vm.settingsProperty().set(config);
        vm.dataProperty().set(ToyData.sequences());
        return vm;
    }

    @Test
    void showsTheChosenSequenceAndTheNotebooksRightPaddedPrefixes() {
        SamplesViewModel vm = toy(ModelConfig.defaults());
        assertEquals(4, vm.sequenceCountProperty().get());
        vm.sequenceNumberProperty().set(4);
        TrainingSamples current = vm.samplesProperty().get();
        assertEquals(Formulation.WINDOWS, current.config().formulation());
        assertEquals(List.of("1", "2", "4"), current.samples().get(0).steps().subList(0, 3).stream()
                .map(TrainingSamples.Step::item).toList());
        TrainingSamples notebook = vm.notebookProperty().get();
        assertEquals(3, notebook.samplesReadingPadding());
        assertTrue(vm.messageProperty().get().startsWith("sequence 4 of 4"), vm.messageProperty().get());
    }

    @Test
    void aHiddenViewCatchesUpWhenShownAndASettingTheSamplesDoNotUseRedrawsNothing() {
        SamplesViewModel vm = toy(ModelConfig.defaults());
        TrainingSamples before = vm.samplesProperty().get();
        vm.settingsProperty().set(ModelConfig.defaults().toBuilder().epochs(7).build());
        assertSame(before, vm.samplesProperty().get(), "the epochs do not change the samples: nothing to redraw");

        vm.shownProperty().set(false);
        vm.settingsProperty().set(ModelConfig.defaults().toBuilder().maxLength(2).build());
        assertSame(before, vm.samplesProperty().get(), "hidden: not computed");
        vm.shownProperty().set(true);
        assertNotSame(before, vm.samplesProperty().get());
        assertEquals(2, vm.samplesProperty().get().config().maxLength());
    }

    @Test
    void followsTheSettingsLive() {
        SamplesViewModel vm = toy(ModelConfig.defaults().toBuilder().formulation(Formulation.PREFIXES).build());
        vm.sequenceNumberProperty().set(4);
        assertEquals(CellKind.ITEM, vm.samplesProperty().get().samples().get(0).steps().get(19).kind());
        vm.settingsProperty().set(vm.settingsProperty().get().toBuilder().padding(Padding.POST).build());
        assertEquals(CellKind.PAD, vm.samplesProperty().get().samples().get(0).steps().get(19).kind());
        vm.settingsProperty().set(null);
        assertNull(vm.samplesProperty().get());
        assertTrue(vm.messageProperty().get().contains("settings are invalid"));
    }

    @Test
    void typedSequencesFlagUnknownItems() {
        SamplesViewModel vm = toy(ModelConfig.defaults());
        vm.typedProperty().set(" 1 2  nine 3 ");
        TrainingSamples s = vm.samplesProperty().get();
        assertEquals(4, s.items().size());
        assertEquals(ItemStatus.UNKNOWN, s.items().get(2).status());
        assertTrue(vm.messageProperty().get().contains("left out: nine"), vm.messageProperty().get());
        assertEquals(2, s.targets());
        vm.typedProperty().set("");
        assertEquals(2, vm.samplesProperty().get().targets(), "back to sequence 1, 1 2 3");
    }

    @Test
    void aSequenceNumberOutsideTheDataSaysSo() {
        SamplesViewModel vm = toy(ModelConfig.defaults());
        vm.sequenceNumberProperty().set(9);
        assertNull(vm.samplesProperty().get());
        assertTrue(vm.messageProperty().get().contains("no sequence 9"));
    }

    @Test
    void copiesBothTablesAsText() {
        SamplesViewModel vm = toy(ModelConfig.defaults().toBuilder().maxLength(3).build());
        vm.sequenceNumberProperty().set(3);
        String text = vm.copyText();
        assertTrue(text.contains("training targets windows, max length 3"), text);
        assertTrue(text.contains("training targets prefixes, padding post, max length 3"), text);
        assertTrue(text.contains("[<pad>]"), text);
    }

    @Test
    void manyLongSequencesStayQuickToShow() {
        List<List<String>> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(List.of("a" + i % 50, "b" + i % 30, "c" + i % 7));
        }
        List<String> longOne = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            longOne.add("a" + i % 50);
        }
        many.add(longOne);
        SamplesViewModel vm = new SamplesViewModel(Runners.sameThread());
        vm.settingsProperty().set(ModelConfig.defaults().toBuilder().split(seqlab.eval.SplitMethod.LEAVE_LAST_OUT).build());
        vm.dataProperty().set(SequenceData.of("many", many));
        vm.sequenceNumberProperty().set(many.size());
        assertEquals(998 / 20 + 1, vm.samplesProperty().get().samples().size(), "998 trained items make 997 targets");
        assertEquals(997, vm.notebookProperty().get().samples().size());
    }
}
