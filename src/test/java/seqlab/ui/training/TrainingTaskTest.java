package seqlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import seqlab.ToyData;
import seqlab.data.DataFingerprint;
import seqlab.data.ItemLabels;
import seqlab.model.EpochMetrics;
import seqlab.model.MemoryLimits;
import seqlab.model.ModelConfig;
import seqlab.model.TrainingOutcome;
import seqlab.model.TrainingPlan;
import seqlab.runs.RunOutcome;
import seqlab.runs.RunRecord;
import seqlab.runs.RunRecorder;

class TrainingTaskTest {

    /** What the task reported, in order, and the record it ended with. */
    private static class Heard implements TrainingTask.Events {
        final List<String> events = new ArrayList<>();
        final List<EpochMetrics> epochs = new ArrayList<>();
        TrainingPlan plan;
        TrainingOutcome outcome;
        RunRecord record;

        @Override
        public void prepared(List<String> description) {
            events.add("prepared");
        }

        @Override
        public void estimated(String summary, List<String> warnings) {
            events.add("estimated");
        }

        @Override
        public void refused(String reason, RunRecord r) {
            events.add("refused");
            record = r;
        }

        @Override
        public void started(TrainingPlan p) {
            events.add("started");
            plan = p;
        }

        @Override
        public void batch(int epoch, int batch, int batches) {
        }

        @Override
        public void epoch(EpochMetrics metrics) {
            epochs.add(metrics);
        }

        @Override
        public void finished(TrainingOutcome o, RunRecord r) {
            events.add("finished");
            outcome = o;
            record = r;
        }

        @Override
        public void failed(Throwable error, RunRecord r) {
            events.add("failed: " + error.getMessage());
            record = r;
        }
    }

    @Test
    void aFinishedRunEndsWithTheRecordTheRunRecorderMadeOfIt() {
        Heard heard = new Heard();
        ModelConfig config = ModelConfig.builder().epochs(3).build();
        new TrainingTask(ToyData.sequences(), ItemLabels.none(), config, heard, Runnable::run).run();

        assertEquals(List.of("prepared", "estimated", "started", "finished"), heard.events);
        RunRecord r = heard.record;
        assertEquals(8, r.id().length());
        assertEquals("", r.group());
        assertEquals(config, r.settings());
        assertTrue(DataFingerprint.of(ToyData.sequences()).sameContent(r.data()));
        assertEquals(heard.outcome.model().history(), r.epochs());
        assertEquals(heard.epochs, r.epochs(), "the epochs the window was shown");
        assertEquals(heard.outcome.model().test(), r.test());
        assertEquals(RunRecorder.validation(heard.plan, r.epochs()), r.validation());
        assertEquals(RunOutcome.FINISHED, r.outcome());
        assertEquals(heard.outcome.warning(), r.message());
    }

    @Test
    void aRunStoppedOnRequestIsRecordedAsStopped() {
        AtomicReference<TrainingTask> task = new AtomicReference<>();
        Heard heard = new Heard() {
            @Override
            public void epoch(EpochMetrics metrics) {
                super.epoch(metrics);
                if (epochs.size() == 2) {
                    task.get().requestStop();
                }
            }
        };
        task.set(new TrainingTask(ToyData.sequences(), ItemLabels.none(),
                ModelConfig.builder().epochs(50).patience(0).build(), heard, Runnable::run));
        task.get().run();

        assertEquals(RunOutcome.STOPPED, heard.record.outcome());
        assertTrue(heard.record.epochs().size() < 50);
        assertEquals(heard.outcome.model().history(), heard.record.epochs());
    }

    @Test
    void aRunThatDoesNotFitIsRefusedWithAFailedRecordAndNoEpochs() {
        Heard heard = new Heard();
        new TrainingTask(ToyData.sequences(), ItemLabels.none(), ModelConfig.builder().epochs(1).build(), heard,
                Runnable::run, () -> new MemoryLimits(1 << 20, "a 1 MB test limit", 1 << 20, 1L << 30)).run();

        assertEquals(List.of("prepared", "refused"), heard.events);
        assertEquals(RunOutcome.FAILED, heard.record.outcome());
        assertTrue(heard.record.message().contains("a 1 MB test limit"), heard.record::message);
        assertTrue(heard.record.epochs().isEmpty());
        assertTrue(heard.record.validation().isEmpty());
    }

    @Test
    void aRunThatFailsEndsWithAFailedRecordNamingTheError() {
        Heard heard = new Heard();
        new TrainingTask(ToyData.sequences(), ItemLabels.none(), ModelConfig.builder().epochs(1).build(), heard,
                Runnable::run, () -> {
                    throw new IllegalStateException("no memory limits here");
                }).run();

        assertEquals(List.of("prepared", "failed: no memory limits here"), heard.events);
        assertEquals(RunOutcome.FAILED, heard.record.outcome());
        assertEquals("no memory limits here", heard.record.message());
        assertTrue(DataFingerprint.of(ToyData.sequences()).sameContent(heard.record.data()));
        assertNull(heard.outcome);
    }
}
