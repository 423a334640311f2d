package seqlab.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import seqlab.data.DataFingerprint;
import seqlab.data.ItemLabels;
import seqlab.eval.SplitMethod;
import seqlab.model.ModelConfig;
import seqlab.model.TrainedModel;
import seqlab.model.TrainingListener;

class SweepRunnerTest {

    private static final ModelConfig TINY = ModelConfig.builder().embeddingDim(4).units(4).epochs(2)
            .learningRate(0.02).build();

    @Test
    void trainsEveryConfigurationInOrderAndRecordsEachRun() {
        List<ModelConfig> configs = SweepPlan.parse(List.of("embedding-dim=4,8", "units=4,8"), 1).configs(TINY);
        List<RunRecord> heard = new ArrayList<>();
        List<TrainedModel> models = new ArrayList<>();
        List<RunRecord> records = new SweepRunner(RunsTestData.toy(), ItemLabels.none(), null).run("g", configs,
                new SweepRunner.Listener() {
                    @Override
                    public void finished(int index, int total, RunRecord record, TrainedModel model) {
                        assertEquals(4, total);
                        heard.add(record);
                        models.add(model);
                    }
                }, () -> false);
        assertEquals(heard, records);
        assertEquals(configs, records.stream().map(RunRecord::settings).toList());
        DataFingerprint fp = DataFingerprint.of(RunsTestData.toy());
        for (int i = 0; i < records.size(); i++) {
            RunRecord r = records.get(i);
            assertEquals(RunOutcome.FINISHED, r.outcome(), r.message());
            assertEquals("g", r.group());
            assertEquals(fp, r.data());
            assertEquals(2, r.epochsTrained());
            assertEquals(models.get(i).history(), r.epochs());
            assertEquals(models.get(i).test(), r.test());
            assertTrue(r.wallSeconds() > 0);
        }
        assertEquals(4, records.stream().map(RunRecord::id).distinct().count());
    }

    @Test
    void aFailedRunIsRecordedAndTheQueueGoesOn() {
        ModelConfig bad = TINY.toBuilder().minSequenceLength(50).build();
        List<TrainedModel> models = new ArrayList<>();
        List<RunRecord> records = new SweepRunner(RunsTestData.toy(), ItemLabels.none(), null).run("g",
                List.of(bad, TINY), (i, n, r, m) -> models.add(m), () -> false);
        assertEquals(RunOutcome.FAILED, records.get(0).outcome());
        assertTrue(records.get(0).message().contains("no sequence has at least 50 items"), records.get(0).message());
        assertNull(models.get(0));
        assertEquals(RunOutcome.FINISHED, records.get(1).outcome());
        assertNotNull(models.get(1));
    }

    @Test
    void stoppingEndsTheCurrentRunAsStoppedAndTheQueue() {
        AtomicBoolean stop = new AtomicBoolean();
        ModelConfig longRun = TINY.toBuilder().epochs(100_000).build();
        List<RunRecord> records = new SweepRunner(RunsTestData.toy(), ItemLabels.none(), null).run("g",
                List.of(longRun, longRun, longRun), new SweepRunner.Listener() {
                    @Override
                    public TrainingListener starting(int index, int total, ModelConfig config) {
                        return m -> {
                            if (m.epoch() == 3) {
                                stop.set(true);
                            }
                        };
                    }

                    @Override
                    public void finished(int index, int total, RunRecord record, TrainedModel model) {
                    }
                }, stop::get);
        assertEquals(1, records.size());
        assertEquals(RunOutcome.STOPPED, records.get(0).outcome());
        assertEquals(3, records.get(0).epochsTrained());
    }

    @Test
    void finalValidationMetricsPutTheKeptEpochNextToTheBaselines() {
        ModelConfig withValidation = TINY.toBuilder().split(SplitMethod.LEAVE_LAST_OUT).build();
        RunRecord r = new SweepRunner(RunsTestData.toy(), ItemLabels.none(), null).run("g",
                List.of(withValidation), (i, n, rec, m) -> { }, () -> false).get(0);
        assertEquals(RunOutcome.FINISHED, r.outcome(), r.message());
        assertEquals(List.of("lstm", "popularity", "markov"), List.copyOf(r.validation().keySet()));
        var last = r.epochs().get(r.bestEpoch() - 1);
        assertEquals(r.epochs().stream().mapToDouble(m -> m.val("mrr@10")).max().orElseThrow(),
                r.validationValue("lstm", "mrr@10"));
        assertEquals(last.val("mrr@10"), r.validationValue("lstm", "mrr@10"));
        assertEquals(last.validationLoss(), r.validationValue("lstm", "loss"));
        assertEquals(r.validation().get("markov").evaluated(), r.validation().get("lstm").evaluated());
        assertFalse(r.validation().get("lstm").values().isEmpty());
    }
}
