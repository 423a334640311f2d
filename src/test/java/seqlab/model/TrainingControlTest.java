package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import seqlab.ToyData;
import seqlab.data.ItemLabels;

class TrainingControlTest {

    private static final long WAIT = 30_000;

    @Test
    void pauseBlocksMinibatchesUntilResume() throws Exception {
        TrainingControl control = TrainingControl.create();
        control.pause();
        AtomicInteger ran = new AtomicInteger();
        CompletableFuture<Void> loop = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 5 && control.beforeMinibatch(); i++) {
                ran.incrementAndGet();
            }
        });
        assertTrue(control.awaitWaiting(WAIT));
        assertEquals(0, ran.get());
        control.resume();
        loop.get(WAIT, TimeUnit.MILLISECONDS);
        assertEquals(5, ran.get());
    }

    @Test
    void stepMinibatchRunsExactlyOneAndPausesAgain() throws Exception {
        TrainingControl control = TrainingControl.create();
        control.pause();
        AtomicInteger ran = new AtomicInteger();
        CompletableFuture<Void> loop = CompletableFuture.runAsync(() -> {
            while (control.beforeMinibatch()) {
                ran.incrementAndGet();
            }
        });
        assertTrue(control.awaitWaiting(WAIT));
        control.stepMinibatch();
        // the loop waits again only after it has run the one allowed minibatch
        awaitCount(control, ran, 1);
        assertEquals(1, ran.get());
        control.stop();
        loop.get(WAIT, TimeUnit.MILLISECONDS);
        assertEquals(1, ran.get());
    }

    @Test
    void stopWhilePausedEndsTheWait() throws Exception {
        TrainingControl control = TrainingControl.create();
        control.pause();
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(control::beforeMinibatch);
        assertTrue(control.awaitWaiting(WAIT));
        control.stop();
        assertFalse(answer.get(WAIT, TimeUnit.MILLISECONDS));
        assertTrue(control.isStopped());
    }

    @Test
    void anExternalStopConditionEndsAPausedWait() throws Exception {
        AtomicInteger flag = new AtomicInteger();
        TrainingControl control = TrainingControl.stoppingWhen(() -> flag.get() == 1);
        control.pause();
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(control::beforeMinibatch);
        assertTrue(control.awaitWaiting(WAIT));
        flag.set(1);
        assertFalse(answer.get(WAIT, TimeUnit.MILLISECONDS));
    }

    @Test
    void stepEpochRunsOneWholeEpochOfTheTrainerThenPauses() throws Exception {
        ModelConfig config = ModelConfig.builder().epochs(4).batchSize(2).build();
        PreparedData prepared = PreparedData.prepare(ToyData.sequences(), ItemLabels.none(), config, null);
        TrainingControl control = TrainingControl.create();
        control.pause();
        List<Integer> epochs = new CopyOnWriteArrayList<>();
        AtomicInteger batches = new AtomicInteger();
        AtomicInteger perEpoch = new AtomicInteger();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onStart(TrainingPlan plan) {
                perEpoch.set(plan.batchesPerEpoch());
            }

            @Override
            public void onBatchEnd(int epoch, int batch, int total) {
                batches.incrementAndGet();
            }

            @Override
            public void onEpochEnd(EpochMetrics m) {
                epochs.add(m.epoch());
            }
        };
        CompletableFuture<TrainingOutcome> run = CompletableFuture.supplyAsync(
                () -> new Trainer(prepared).train(listener, control));
        assertTrue(control.awaitWaiting(WAIT));
        assertEquals(0, batches.get());
        control.stepEpoch();
        awaitEpochs(control, epochs, 1);
        assertEquals(List.of(1), epochs);
        assertEquals(perEpoch.get(), batches.get());
        control.stepEpoch();
        awaitEpochs(control, epochs, 2);
        assertEquals(List.of(1, 2), epochs);
        assertEquals(2 * perEpoch.get(), batches.get());
        control.stop();
        TrainingOutcome outcome = run.get(WAIT, TimeUnit.MILLISECONDS);
        assertTrue(outcome.stopped());
        assertEquals(2, outcome.model().history().size());
    }

    @Test
    void theOldStopSupplierStillStopsTraining() {
        ModelConfig config = ModelConfig.builder().epochs(3).build();
        PreparedData prepared = PreparedData.prepare(ToyData.sequences(), ItemLabels.none(), config, null);
        TrainingOutcome o = new Trainer(prepared).train(TrainingListener.none(), () -> true);
        assertTrue(o.stopped());
        assertEquals(0, o.model().history().size());
    }

    private static void awaitCount(TrainingControl control, AtomicInteger count, int expected) throws Exception {
        long end = System.currentTimeMillis() + WAIT;
        while ((count.get() < expected || !control.isWaiting()) && System.currentTimeMillis() < end) {
            control.awaitWaiting(100);
            Thread.onSpinWait();
        }
    }

    private static void awaitEpochs(TrainingControl control, List<Integer> epochs, int expected) throws Exception {
        long end = System.currentTimeMillis() + WAIT;
        while ((epochs.size() < expected || !control.isWaiting()) && System.currentTimeMillis() < end) {
            control.awaitWaiting(100);
            Thread.onSpinWait();
        }
    }
}
