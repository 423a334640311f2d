package seqlab.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import seqlab.data.ItemLabels;
import seqlab.data.SequenceReader;
import seqlab.model.Explanation;
import seqlab.model.ModelConfig;
import seqlab.model.PreparedData;
import seqlab.model.ScoredItem;
import seqlab.model.SeenItems;
import seqlab.model.TrainedModel;
import seqlab.model.Trainer;
import seqlab.model.TrainingListener;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.concurrent.BackgroundJob;

class TraceViewModelTest {

    private static TrainedModel ranked;
    private static TrainedModel excluding;

    @BeforeAll
    static void train() {
        var data = new SequenceReader().read(Path.of("sample-data/toy.txt"));
        ranked = new Trainer(PreparedData.prepare(data, ItemLabels.none(),
                ModelConfig.builder().epochs(3).units(16).seenItems(SeenItems.RANK).build(), null))
                .train(TrainingListener.none(), () -> false).model();
        excluding = new Trainer(PreparedData.prepare(data, ItemLabels.none(),
                ModelConfig.builder().epochs(2).units(8).seed(7).seenItems(SeenItems.EXCLUDE).build(), null))
                .train(TrainingListener.none(), () -> false).model();
    }

    private static TraceViewModel traced(TrainedModel model, String prefix) {
        TraceViewModel vm = new TraceViewModel(Runners.sameThread());
        vm.modelProperty().set(model);
        vm.prefixProperty().set(prefix);
        return vm;
    }

    @Test
    void aHiddenTraceIsComputedOnlyWhenItShowsAgain() {
        TraceViewModel vm = new TraceViewModel(Runners.sameThread());
        vm.shownProperty().set(false);
        vm.modelProperty().set(ranked);
        vm.prefixProperty().set("1");
        vm.prefixProperty().set("1 2");
        assertNull(vm.explanationProperty().get(), "nothing is traced while the tab is hidden");
        vm.shownProperty().set(true);
        assertEquals(2, vm.steps());
        assertEquals(ranked.predict("1 2", 5).items(), vm.topItems(2));
    }

    @Test
    void saysWhatIsMissingBeforeThereIsATrace() {
        TraceViewModel vm = new TraceViewModel(Runners.sameThread());
        assertEquals("Train a model or open one to see its trace", vm.messageProperty().get());
        vm.prefixProperty().set("1 2");
        assertEquals(UiText.get(TraceViewModel.NO_MODEL), vm.messageProperty().get());
        assertNull(vm.explanationProperty().get());
        vm.prefixProperty().set("  ");
        vm.modelProperty().set(ranked);
        assertEquals(UiText.get(TraceViewModel.NO_PREFIX), vm.messageProperty().get());
        vm.prefixProperty().set("9 x");
        assertEquals("No item of the prefix is known to the model: 9, x", vm.messageProperty().get());
        assertNull(vm.explanationProperty().get());
        assertEquals(0, vm.steps());
        assertTrue(vm.evidenceRows().isEmpty());
        vm.prefixProperty().set("1 2");
        assertEquals("", vm.messageProperty().get());
        vm.modelProperty().set(null);
        assertEquals(UiText.get(TraceViewModel.NO_MODEL), vm.messageProperty().get());
        assertNull(vm.explanationProperty().get());
        assertTrue(vm.evidenceRows().isEmpty());
    }

    @Test
    void theLastStepsProbabilitiesAreWhatPredictGives() {
        for (TrainedModel m : List.of(ranked, excluding)) {
            TraceViewModel vm = traced(m, "1 2 4");
            assertEquals(3, vm.steps());
            assertEquals(5, vm.topKProperty().get());
            List<ScoredItem> expected = m.predict("1 2 4", 5).items();
            assertEquals(expected, vm.topItems(3));
            assertEquals(m.predict("1", 5).items(), vm.topItems(1));
            vm.topKProperty().set(2);
            assertEquals(m.predict("1 2 4", 2).items(), vm.topItems(3));
            assertEquals(List.of("1: +1", "2: +2", "3: +4"), List.of(vm.stepTitle(1), vm.stepTitle(2), vm.stepTitle(3)));
        }
        assertEquals(UiText.get(TraceViewModel.SEEN_NOT_RANKED), traced(excluding, "1 2").notesProperty().get());
        assertEquals("", traced(ranked, "1 2").notesProperty().get());
    }

    @Test
    void theEvidenceCountsAreWhatFollowedInTheToyData() {
        TraceViewModel vm = traced(ranked, "1 2");
        assertEquals(2, vm.evidenceStepProperty().get(), "the last step");
        // toy.txt: 1 2 3 / 4 2 5 / 1 2 / 1 2 4 5; after 1 2 came 3 once and 4 once, after 2 also 5 once
        EvidenceRow three = row(vm, "3");
        assertEquals(1, three.prefix());
        assertEquals(1, three.last2());
        assertEquals(1, three.last1());
        EvidenceRow five = row(vm, "5");
        assertEquals(0, five.prefix());
        assertEquals(0, five.last2());
        assertEquals(1, five.last1());
        EvidenceRow total = vm.evidenceRows().get(vm.evidenceRows().size() - 1);
        assertTrue(total.total());
        assertEquals(List.of(2, 2, 3), List.of(total.prefix(), total.last2(), total.last1()));
        assertEquals(ranked.predict("1 2", 0).items().stream().filter(x -> x.item().equals("3")).findFirst()
                .orElseThrow().probability(), three.probability(), 0.0);
        assertTrue(vm.evidenceTitleProperty().get().contains("3 training sequence(s) began with it"),
                vm.evidenceTitleProperty().get());

        vm.evidenceStepProperty().set(1);
        EvidenceRow two = row(vm, "2");
        assertEquals(3, two.prefix(), "after 1 came 2 three times");
        assertNull(two.last2(), "one item has no pair");
        assertEquals(3, two.last1());
        assertFalse(vm.readingProperty().get().isEmpty());
    }

    @Test
    void theCopiedTextsHoldTheEvidenceCountsTheTopItemsAndTheState() {
        TraceViewModel vm = traced(ranked, "1 2");
        String evidence = vm.evidenceText();
        assertTrue(evidence.contains("item\tlabel\tmodel rank\tmodel probability\tafter whole prefix\tafter last two"
                + "\tafter last one\n"), evidence);
        assertTrue(evidence.contains("\n3\t3\t"), evidence);
        assertTrue(evidence.contains("\t1\t1\t1\n"), "3 followed 1 2, 2 and 2 once each: " + evidence);
        assertTrue(evidence.contains("\ntotal\t\t\t\t2\t2\t3\n"), evidence);
        assertTrue(evidence.contains(vm.readingProperty().get()), evidence);

        String top = vm.topItemsText();
        assertEquals(1 + 2 * 5, top.lines().count(), top);
        ScoredItem best = ranked.predict("1 2", 1).items().get(0);
        assertTrue(top.contains(String.format(java.util.Locale.ROOT, "2\t1 2\t1\t%s\t%s\t%.6f\n", best.item(),
                best.label(), best.probability())), top);

        String state = vm.stateText();
        assertEquals(1 + 16, state.lines().count());
        assertTrue(state.startsWith("unit\th after 1\th after 1 2\tc after 1\tc after 1 2\n1\t"), state);
        assertTrue(vm.stateText(0, 2, true).startsWith("unit 1, step 2 (after 1 2): c = "), vm.stateText(0, 2, true));
    }

    @Test
    void unknownItemsAndTruncationAreReported() {
        TraceViewModel vm = traced(ranked, "1 nine 2");
        assertEquals("Unknown, skipped: nine", vm.unknownItemsProperty().get());
        assertEquals(2, vm.steps());
        assertEquals("", vm.truncatedProperty().get());
        TrainedModel shortModel = new Trainer(PreparedData.prepare(new SequenceReader().read(Path.of(
                "sample-data/toy.txt")), ItemLabels.none(), ModelConfig.builder().epochs(1).units(4).maxLength(2)
                .seenItems(SeenItems.RANK).build(), null)).train(TrainingListener.none(), () -> false).model();
        vm.modelProperty().set(shortModel);
        assertEquals("", vm.truncatedProperty().get(), "two known items fit max length 2");
        vm.prefixProperty().set("1 nine 2 4");
        assertEquals("The prefix is longer than max length 2: the last step left out the oldest 1 item(s)",
                vm.truncatedProperty().get());
        assertEquals(shortModel.predict("1 2 4", 5).items(), vm.topItems(3));
    }

    @Test
    void recomputesWhenTheModelChangesAndANewerRequestWins() {
        List<BackgroundJob> queued = new ArrayList<>();
        TraceViewModel vm = new TraceViewModel(new Runners(Runnable::run, queued::add, Runnable::run));
        vm.modelProperty().set(ranked);
        vm.prefixProperty().set("1");
        assertTrue(vm.busyProperty().get());
        vm.prefixProperty().set("1 2");
        vm.modelProperty().set(excluding);
        vm.prefixProperty().set("1 2 4");
        assertEquals(1, queued.size(), "one trace at a time");
        queued.get(0).run();
        assertNull(vm.explanationProperty().get(), "the stale trace of \"1\" is not shown");
        assertEquals(2, queued.size(), "the newest request follows");
        queued.get(1).run();
        assertFalse(vm.busyProperty().get());
        assertEquals(3, vm.steps());
        assertEquals(excluding.predict("1 2 4", 5).items(), vm.topItems(3));

        vm.modelProperty().set(ranked);
        queued.get(2).run();
        assertEquals(ranked.predict("1 2 4", 5).items(), vm.topItems(3), "a new model, a new trace");
    }

    @Test
    void theReadingIsSaidInSpanish() {
        UiText.use(UiLanguage.SPANISH);
        try {
            for (String prefix : List.of("1 2", "1", "2 4", "4 3 2 1", "3 3 3")) {
                Explanation e = Explanation.of(ranked, prefix, 0);
                TraceViewModel vm = traced(ranked, prefix);
                assertEquals(UiText.format("trace.reading", ExplanationText.reading(e.verdict())),
                        vm.readingProperty().get());
                assertNotEquals(e.reading(), ExplanationText.reading(e.verdict()), prefix + ": " + e.reading());
            }
        } finally {
            UiText.use(UiLanguage.ENGLISH);
        }
    }

    private static EvidenceRow row(TraceViewModel vm, String item) {
        return vm.evidenceRows().stream().filter(r -> r.item().equals(item) && !r.total()).findFirst().orElseThrow();
    }
}
