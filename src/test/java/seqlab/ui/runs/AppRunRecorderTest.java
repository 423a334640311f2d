package seqlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.model.ModelConfig;
import seqlab.runs.RunOutcome;
import seqlab.runs.RunRecord;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.training.TrainingViewModel;

class AppRunRecorderTest {

    private static final SequenceData TOY = SequenceData.of("toy", List.of(List.of("1", "2", "3"),
            List.of("4", "2", "5"), List.of("1", "2"), List.of("1", "2", "4", "5")));

    @Test
    void aWorkbenchRunThatDivergedIsRecordedAsFinishedWithItsWarning() {
        TrainingViewModel training = new TrainingViewModel(Runners.sameThread());
        RunsViewModel runs = new RunsViewModel(Runners.sameThread());
        AppRunRecorder recorder = new AppRunRecorder(training, runs, System::nanoTime, Runnable::run);
        for (double rate : new double[] {1, 0.03}) {
            ModelConfig config = ModelConfig.builder().epochs(10).learningRate(rate).build();
            recorder.starting(TOY, config);
            training.start(TOY, ItemLabels.none(), config);
        }
        List<RunRecord> records = runs.runs();
        assertEquals(2, records.size());
        RunRecord diverged = records.stream().filter(r -> r.settings().learningRate() == 1).findFirst().orElseThrow();
        assertEquals(RunOutcome.FINISHED, diverged.outcome());
        assertTrue(diverged.message().startsWith("the loss diverged: "), diverged::message);
        RunRecord normal = records.stream().filter(r -> r.settings().learningRate() != 1).findFirst().orElseThrow();
        assertEquals("", normal.message());
    }
}
