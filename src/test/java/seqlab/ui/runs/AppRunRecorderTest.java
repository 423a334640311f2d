package seqlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import seqlab.ToyData;
import seqlab.data.DataFingerprint;
import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.model.MemoryLimits;
import seqlab.model.ModelConfig;
import seqlab.model.TrainedModel;
import seqlab.runs.RunOutcome;
import seqlab.runs.RunRecord;
import seqlab.runs.RunRecorder;
import seqlab.ui.common.UiText;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.training.TrainingViewModel;

class AppRunRecorderTest {

    private static final SequenceData TOY = ToyData.sequences();

    @Test
    void aWorkbenchRunThatDivergedIsRecordedAsFinishedWithItsWarning() {
        TrainingViewModel training = new TrainingViewModel(Runners.sameThread());
        RunsViewModel runs = new RunsViewModel(Runners.sameThread());
        AppRunRecorder.fileRunsOf(training, runs);
        for (double rate : new double[] {1, 0.03}) {
            training.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(10).learningRate(rate).build());
        }
        List<RunRecord> records = runs.runs();
        assertEquals(2, records.size());
        RunRecord diverged = records.stream().filter(r -> r.settings().learningRate() == 1).findFirst().orElseThrow();
        assertEquals(RunOutcome.FINISHED, diverged.outcome());
        assertTrue(diverged.message().startsWith("the loss diverged: "), diverged::message);
        RunRecord normal = records.stream().filter(r -> r.settings().learningRate() != 1).findFirst().orElseThrow();
        assertEquals("", normal.message());
    }

    @Test
    void aWorkbenchRunIsFiledWithTheRecorderRecordItsModelAndTheModelNamedAfterIt() {
        TrainingViewModel training = new TrainingViewModel(Runners.sameThread());
        RunsViewModel runs = new RunsViewModel(Runners.sameThread());
        AppRunRecorder.fileRunsOf(training, runs);
        ModelConfig config = ModelConfig.builder().epochs(3).build();
        training.start(TOY, ItemLabels.none(), config);

        RunRecord run = runs.runs().get(0);
        TrainedModel model = training.modelProperty().get();
        assertEquals("", run.group());
        assertEquals(config, run.settings());
        assertTrue(DataFingerprint.of(TOY).sameContent(run.data()));
        assertEquals(model.history(), run.epochs());
        assertEquals(model.test(), run.test());
        assertEquals(RunRecorder.validation(training.planProperty().get(), model.history()), run.validation());
        assertEquals(RunOutcome.FINISHED, run.outcome());
        assertTrue(run.wallSeconds() > 0);
        assertSame(model, runs.model(run));
        assertEquals(UiText.format("runs.origin", "1", StartTime.shown(run.started())),
                training.modelOriginProperty().get());
    }

    @Test
    void continuedTrainingIsNotFiledAsARunOfItsOwn() {
        TrainingViewModel training = new TrainingViewModel(Runners.sameThread());
        RunsViewModel runs = new RunsViewModel(Runners.sameThread());
        AppRunRecorder.fileRunsOf(training, runs);
        training.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(2).build());
        training.continueTraining(2);
        assertEquals(4, training.modelProperty().get().history().size());
        assertEquals(1, runs.runs().size());
    }

    @Test
    void aRunThatDoesNotFitIsFiledAsFailedWithoutAModel() {
        TrainingViewModel training = new TrainingViewModel(Runners.sameThread(), System::nanoTime,
                () -> new MemoryLimits(1 << 20, "a 1 MB test limit", 1 << 20, 1L << 30));
        RunsViewModel runs = new RunsViewModel(Runners.sameThread());
        AppRunRecorder.fileRunsOf(training, runs);
        training.start(TOY, ItemLabels.none(), ModelConfig.builder().epochs(1).build());

        RunRecord refused = runs.runs().get(0);
        assertEquals(RunOutcome.FAILED, refused.outcome());
        assertTrue(refused.message().startsWith("this run needs about"), refused::message);
        assertTrue(refused.epochs().isEmpty());
        assertNull(runs.model(refused));
    }
}
