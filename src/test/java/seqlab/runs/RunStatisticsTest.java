package seqlab.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import seqlab.model.ModelConfig;

class RunStatisticsTest {

    @Test
    void groupsBySettingsOtherThanTheSeedAndGivesMeanAndSampleStd() {
        ModelConfig a = ModelConfig.builder().units(8).build();
        ModelConfig b = ModelConfig.builder().units(16).build();
        List<RunRecord> runs = List.of(
                RunsTestData.record("1", a.toBuilder().seed(1).build(), 0.2, RunOutcome.FINISHED),
                RunsTestData.record("2", b.toBuilder().seed(1).build(), 0.5, RunOutcome.FINISHED),
                RunsTestData.record("3", a.toBuilder().seed(2).build(), 0.4, RunOutcome.FINISHED),
                RunsTestData.record("4", a.toBuilder().seed(3).build(), 0.6, RunOutcome.STOPPED),
                RunsTestData.record("5", a.toBuilder().seed(4).build(), 0.9, RunOutcome.FAILED));
        List<RunStatistics> stats = RunStatistics.overSeeds(runs, RunStatistics.Metric.test("lstm", "hr@10"));
        assertEquals(2, stats.size());
        assertEquals(8, stats.get(0).settings().units());
        assertEquals(3, stats.get(0).runs());
        assertEquals(0.4, stats.get(0).mean(), 1e-12);
        assertEquals(0.2, stats.get(0).std(), 1e-12);
        assertEquals(1, stats.get(1).runs());
        assertEquals(0.5, stats.get(1).mean(), 1e-12);
        assertTrue(Double.isNaN(stats.get(1).std()));
    }
}
