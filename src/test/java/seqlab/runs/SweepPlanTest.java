package seqlab.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import seqlab.data.DataException;
import seqlab.model.ModelConfig;

class SweepPlanTest {

    @Test
    void expandsAGridWithTheLastAxisFastestAndSeedsInnermost() {
        SweepPlan plan = SweepPlan.parse(List.of("embedding-dim=8,16,32", "units=32,64"), 2);
        ModelConfig base = ModelConfig.builder().seed(7).epochs(3).build();
        List<ModelConfig> configs = plan.configs(base);
        assertEquals(12, configs.size());
        assertEquals(12, plan.size());
        assertEquals(List.of(8, 8, 8, 8, 16), configs.stream().limit(5).map(ModelConfig::embeddingDim).toList());
        assertEquals(List.of(32, 32, 64, 64), configs.stream().limit(4).map(ModelConfig::units).toList());
        assertEquals(List.of(7L, 8L, 7L, 8L), configs.stream().limit(4).map(ModelConfig::seed).toList());
        assertTrue(configs.stream().allMatch(c -> c.epochs() == 3));
        assertEquals(Map.of("embedding-dim", "32", "units", "64"), plan.varied(configs.get(11)));
        assertEquals("embedding-dim=32 units=64", plan.describe(configs.get(11)));
    }

    @Test
    void variesEnumsAndDecimalsByTheirCommandLineNames() {
        List<ModelConfig> configs = SweepPlan.parse(List.of("learning-rate=0.01,0.001", "training=windows,prefixes"),
                1).configs(ModelConfig.defaults());
        assertEquals(4, configs.size());
        assertEquals(0.001, configs.get(3).learningRate());
        assertEquals(seqlab.model.Formulation.PREFIXES, configs.get(3).formulation());
    }

    @Test
    void seedsAloneRepeatTheBaseConfiguration() {
        List<ModelConfig> configs = SweepPlan.parse(List.of(), 3).configs(ModelConfig.defaults());
        assertEquals(List.of(42L, 43L, 44L), configs.stream().map(ModelConfig::seed).toList());
    }

    @Test
    void badSpecsSayWhatIsWrong() {
        assertMessage("cannot vary 'colour'", () -> SweepPlan.parse(List.of("colour=1,2"), 1));
        assertMessage("name=value1,value2", () -> SweepPlan.parse(List.of("units"), 1));
        assertMessage("units must be a whole number from 1 to 2048 (got 'x')", () -> SweepPlan.parse(List.of("units=8,x"), 1));
        assertMessage("no values given for units", () -> SweepPlan.parse(List.of("units=,"), 1));
        assertMessage("at most 2", () -> SweepPlan.parse(List.of("units=1", "epochs=1", "seed=1"), 1));
        assertMessage("varied twice", () -> SweepPlan.parse(List.of("units=1", "units=2"), 1));
        assertMessage("lists a value twice", () -> SweepPlan.parse(List.of("units=8,8"), 1));
        assertMessage("seeds must be at least 1", () -> SweepPlan.parse(List.of("units=8"), 0));
        assertMessage("padding must be one of pre, post", () -> SweepPlan.parse(List.of("padding=left"), 1));
        assertMessage("sweep point units=0: LSTM units must be between 1 and",
                () -> SweepPlan.parse(List.of("units=0"), 1).configs(ModelConfig.defaults()));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable e) {
        DataException ex = assertThrows(DataException.class, e);
        assertTrue(ex.getMessage().contains(part), ex.getMessage());
    }
}
