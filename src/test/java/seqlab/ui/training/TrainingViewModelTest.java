package seqlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import seqlab.model.EpochMetrics;
import java.util.List;
import java.util.ArrayList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.data.SequenceReader;
import seqlab.model.MemoryLimits;
import seqlab.model.ModelConfig;
import seqlab.ui.concurrent.Runners;
import seqlab.ToyData;

class TrainingViewModelTest {

    private static final SequenceData TOY = new SequenceReader().read("toy", ToyData.TEXT);
    private final ExecutorService ui = Executors.newSingleThreadExecutor();

    @AfterEach
    void shutDown() {
        ui.shutdownNow();
    }

    @Test
    void trainingReportsEveryEpochAndHandsOverTheModel() {
        TrainingViewModel vm = new TrainingViewModel(Runners.sameThread());
        vm.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(3).build());
        assertEquals(TrainingState.IDLE, vm.stateProperty().get());
        assertEquals(3, vm.epochs().size());
        assertNotNull(vm.modelProperty().get());
        assertEquals(3, vm.log().stream().filter(l -> l.startsWith("epoch ")).count());
        assertTrue(vm.finishNoteProperty().get().startsWith("finished after 3 epoch(s)"));
        assertEquals(1.0, vm.progressProperty().get());
    }

    private static void assertSameAsFourEpochsInOneRun(ModelConfig two, TrainingViewModel continued) {
        TrainingViewModel once = new TrainingViewModel(Runners.sameThread());
        once.start(TOY, ItemLabels.none(), two.toBuilder().epochs(4).build());
        float[][] expected = once.modelProperty().get().embeddingRows();
        float[][] actual = continued.modelProperty().get().embeddingRows();
        for (int i = 0; i < expected.length; i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected[i], actual[i], 1e-5f, "row " + i);
        }
    }

    @Test
    void continueAddsEpochsToTheSameCurveAndGoesOnAsOneLongerRun() {
        ModelConfig two = ModelConfig.builder().epochs(2).dropout(0).split(seqlab.eval.SplitMethod.NONE).build();
        TrainingViewModel vm = new TrainingViewModel(Runners.sameThread());
        assertFalse(vm.canContinueBinding().get());
        vm.start(TOY, ItemLabels.none(), two);
        assertTrue(vm.canContinueBinding().get());
        vm.continueTraining(2);
        assertEquals(List.of(1, 2, 3, 4), vm.epochs().stream().map(EpochMetrics::epoch).toList());
        assertEquals(List.of(1, 2, 3, 4), vm.modelProperty().get().history().stream().map(EpochMetrics::epoch).toList());
        assertTrue(vm.canContinueBinding().get());

        assertSameAsFourEpochsInOneRun(two, vm);
        vm.start(TOY, ItemLabels.none(), two);
        assertEquals(List.of(1, 2), vm.epochs().stream().map(EpochMetrics::epoch).toList());
    }

    @Test
    void aModelOpenedOrChosenElsewhereContinuesOnTheWorkbenchDataWithItsOwnCurve() {
        ModelConfig two = ModelConfig.builder().epochs(2).dropout(0).split(seqlab.eval.SplitMethod.NONE).build();
        TrainingViewModel trainedHere = new TrainingViewModel(Runners.sameThread());
        trainedHere.start(TOY, ItemLabels.none(), two);
        seqlab.model.TrainedModel saved = trainedHere.modelProperty().get();
        seqlab.model.OptimizerState optimizer = trainedHere.optimizerStateOf(saved);
        assertNotNull(optimizer);

        TrainingViewModel vm = new TrainingViewModel(Runners.sameThread());
        vm.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(3).build());
        vm.useModel(saved, "model file m.zip", optimizer);
        assertTrue(vm.canContinueBinding().get());
        vm.continueTraining(2);
        assertTrue(vm.errorProperty().get().startsWith("Cannot continue training model file m.zip: open or type"),
                vm.errorProperty().get());
        assertEquals(3, vm.epochs().size(), "nothing ran");

        vm.continueOn(() -> TOY, ItemLabels::none);
        vm.continueTraining(2);
        assertEquals(List.of(1, 2, 3, 4), vm.epochs().stream().map(EpochMetrics::epoch).toList(),
                "the opened model's own two epochs, then two more: not the 3-epoch run charted before");
        assertTrue(vm.log().stream().anyMatch(l -> l.startsWith("continuing model file m.zip after epoch 2 for 2 more"
                + " epoch(s), with the optimizer state it ended with")), vm.log().toString());
        assertSameAsFourEpochsInOneRun(two, vm);

        vm.useModel(saved, "run 1", null);
        vm.continueTraining(1);
        assertEquals(List.of(1, 2, 3), vm.modelProperty().get().history().stream().map(EpochMetrics::epoch).toList());
        assertTrue(vm.log().stream().anyMatch(l -> l.contains("with a fresh optimizer")), vm.log().toString());

        SequenceData other = new SequenceReader().read("other", "7 8 9\n8 9 7\n");
        vm.useModel(saved, "run 1", null);
        vm.continueOn(() -> other, ItemLabels::none);
        vm.continueTraining(1);
        assertTrue(vm.errorProperty().get().contains("the model knows 5 items, the data has 3"), vm.errorProperty().get());
        assertTrue(vm.canContinueBinding().get(), "a refused continuation leaves the model continuable");
        assertEquals(saved, vm.modelProperty().get());
    }

    @Test
    void aRunKeepsNoEpochModelsUnlessAskedTo() {
        TrainingViewModel vm = new TrainingViewModel(Runners.sameThread());
        vm.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(2).build());
        assertEquals(null, vm.snapshotsProperty().get());
        assertTrue(vm.snapshotEpochs().isEmpty());
        assertEquals(null, vm.latestEpochModelProperty().get());
    }

    @Test
    void whenAskedEachEpochModelOfTheRunIsKeptAndTheNextRunStartsAfresh() {
        TrainingViewModel vm = new TrainingViewModel(Runners.sameThread());
        vm.keepEpochModels();
        vm.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(3).build());
        assertEquals(java.util.List.of(1, 2, 3), vm.snapshotEpochs());
        assertEquals(java.util.List.of(1, 2, 3), vm.snapshotsProperty().get().epochs());
        assertTrue(vm.latestEpochModelProperty().get() == vm.snapshotsProperty().get().model(3));
        var first = vm.snapshotsProperty().get();
        vm.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(2).build());
        assertEquals(java.util.List.of(1, 2), vm.snapshotEpochs());
        assertTrue(first != vm.snapshotsProperty().get());
        assertThrowsClosed(first);
    }

    private static void assertThrowsClosed(seqlab.model.EpochSnapshots closed) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> closed.model(1));
    }

    @Test
    void theEstimateIsShownBeforeTrainingStarts() {
        TrainingViewModel vm = new TrainingViewModel(Runners.sameThread());
        vm.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(1).build());
        assertTrue(vm.estimateProperty().get().startsWith("estimate: "), vm.estimateProperty().get());
        int estimate = vm.log().indexOf("  " + vm.estimateProperty().get());
        int firstEpoch = vm.log().indexOf(vm.log().stream().filter(l -> l.startsWith("epoch ")).findFirst().orElseThrow());
        assertTrue(estimate >= 0 && estimate < firstEpoch, vm.log().toString());
    }

    @Test
    void aRunThatCannotFitDoesNotStart() {
        TrainingViewModel vm = new TrainingViewModel(Runners.sameThread(), System::nanoTime,
                () -> new MemoryLimits(1 << 20, "a 1 MB test limit", 1 << 20, 1L << 30));
        vm.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(1).build());
        assertEquals(TrainingState.IDLE, vm.stateProperty().get());
        assertTrue(vm.errorProperty().get().startsWith("Training not started: this run needs about"),
                vm.errorProperty().get());
        assertTrue(vm.errorProperty().get().contains("a 1 MB test limit"), vm.errorProperty().get());
        assertTrue(vm.epochs().isEmpty());
        assertEquals(null, vm.modelProperty().get());
        assertEquals("not started", vm.progressTextProperty().get());
    }

    @Test
    void aDivergingRunFinishesWithItsWarningInTheLogAndTheFinishNote() {
        TrainingViewModel vm = new TrainingViewModel(Runners.sameThread());
        vm.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(10).learningRate(1).build());
        assertNotNull(vm.modelProperty().get());
        assertTrue(vm.warningProperty().get().startsWith("the loss diverged: "), vm.warningProperty()::get);
        assertTrue(vm.log().contains("warning: " + vm.warningProperty().get()), vm::logText);
        assertTrue(vm.finishNoteProperty().get().endsWith("but see the warning in the log"));
        vm.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(3).build());
        assertEquals("", vm.warningProperty().get());
        assertTrue(vm.finishNoteProperty().get().endsWith("the model is ready for prediction"));
    }

    @Test
    void stopEndsTrainingAndKeepsTheModel() throws Exception {
        Runners threaded = new Runners(ui, job -> new Thread(job::run).start(), Runnable::run);
        TrainingViewModel vm = new TrainingViewModel(threaded);
        ui.submit(() -> vm.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(100_000).build())).get();
        waitFor(() -> onUi(() -> vm.epochs().size() >= 2));
        ui.submit(vm::stop).get();
        waitFor(() -> onUi(() -> vm.stateProperty().get() == TrainingState.IDLE));
        assertTrue(onUi(() -> vm.finishNoteProperty().get().startsWith("stopped")));
        assertNotNull(onUi(() -> vm.modelProperty().get()));
        assertTrue(onUi(() -> vm.epochs().size() < 100_000));
    }

    @Test
    void aStoppedRunLeavesThePreviousModelPredictingAndOffersItsOwn() throws Exception {
        TrainingViewModel trained = new TrainingViewModel(Runners.sameThread());
        trained.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(2).build());
        var good = trained.modelProperty().get();
        TrainingViewModel vm = new TrainingViewModel(new Runners(Runnable::run, task -> { }, Runnable::run));
        vm.useModel(good, "run 1");

        var stopped = new seqlab.model.TrainingOutcome(good.withResults(good.history().subList(0, 1), java.util.Map.of()),
                true, false, "");
        vm.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(1).build());
        vm.finished(stopped, null);
        assertEquals(good, vm.modelProperty().get());
        assertEquals("run 1", vm.modelOriginProperty().get());
        assertEquals(stopped.model(), vm.lastRunModelProperty().get());
        assertTrue(vm.finishNoteProperty().get().contains("the previous model (run 1) still predicts"),
                vm.finishNoteProperty().get());

        vm.useModel(stopped.model(), "run 2");
        assertEquals(stopped.model(), vm.modelProperty().get());
        assertEquals("run 2", vm.modelOriginProperty().get());
    }

    @Test
    void aFailureIsShownAsAMessageAndTrainingReturnsToIdle() {
        TrainingViewModel vm = new TrainingViewModel(Runners.sameThread());
        vm.started(new seqlab.model.TrainingPlan(2, 1, 1, 1, "", java.util.Map.of(), 1, ""));
        vm.failed(new seqlab.model.TrainingException("the loss became NaN in epoch 1, minibatch 1: lower the learning rate"),
                null);
        assertEquals(TrainingState.IDLE, vm.stateProperty().get());
        assertTrue(vm.errorProperty().get().startsWith("Training failed: the loss became NaN"));
    }

    @Test
    void progressAndEtaFollowTheMinibatches() {
        long[] now = {0};
        TrainingViewModel vm = new TrainingViewModel(new Runners(Runnable::run, task -> { }, Runnable::run), () -> now[0]);
        vm.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(1).build());
        vm.started(new seqlab.model.TrainingPlan(4, 10, 100, 5, "", java.util.Map.of(), 1, ""));
        now[0] = 10_000_000_000L;
        vm.batch(1, 5, 10);
        assertEquals(0.125, vm.progressProperty().get(), 1e-9);
        assertEquals("elapsed 10 s, ETA 1:10 min", vm.timeTextProperty().get());
        assertEquals("epoch 1/4, minibatch 5/10", vm.progressTextProperty().get());
    }

    private static <T> T onUiStatic(ExecutorService ui, java.util.concurrent.Callable<T> c) throws Exception {
        return ui.submit(c).get();
    }

    private <T> T onUi(java.util.concurrent.Callable<T> c) throws Exception {
        return onUiStatic(ui, c);
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!check.ok()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }


    @Test
    void pausingAfterAnEpochThenSteppingRunsExactlyOneEpochAndSaysWhereItPaused() {
        TrainingViewModel vm = new TrainingViewModel(Runners.sameThread());
        List<String> pauses = new ArrayList<>();
        vm.epochs().addListener((javafx.collections.ListChangeListener<EpochMetrics>) c -> {
            if (vm.epochs().size() == 1) {
                vm.pause();
            }
        });
        vm.progressTextProperty().addListener((obs, was, now) -> {
            if (now.startsWith("paused")) {
                pauses.add(now + " | " + vm.stateProperty().get() + " | " + vm.epochs().size());
                if (pauses.size() == 1) {
                    vm.stepEpoch();
                } else {
                    vm.resume();
                }
            }
        });
        vm.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(4).batchSize(4).build());
        int batches = vm.planProperty().get().batchesPerEpoch();
        assertEquals(List.of("paused after epoch 1, minibatch " + batches + " of " + batches + " | PAUSED | 1",
                "paused after epoch 2, minibatch " + batches + " of " + batches + " | PAUSED | 2"), pauses);
        assertEquals(4, vm.epochs().size());
        assertEquals(TrainingState.IDLE, vm.stateProperty().get());
        assertFalse(vm.smoothedLoss().isEmpty(), "the smoothed loss is reported after each epoch's first minibatch");
    }
}
