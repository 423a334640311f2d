package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import seqlab.data.DataException;
import seqlab.model.Formulation;
import seqlab.model.ConfigProblem;
import seqlab.model.Hyperparameter;
import seqlab.model.ModelConfig;
import seqlab.model.Padding;

/** {@link ModelConfig#problems()}: the messages the command line and the workbench show. */
class ModelConfigProblemsTest {

    private static List<String> problems(ModelConfig.Builder b) {
        return b.build().problems().stream().map(ConfigProblem::message).toList();
    }

    @Test
    void defaultsAreValid() {
        ModelConfig d = ModelConfig.defaults();
        assertEquals(List.of(), d.problems());
        assertEquals(List.of(), problems(d.toBuilder()));
        assertSame(d, d.requireValid());
        assertEquals(20, d.maxLength());
        assertEquals(256, d.units());
        assertEquals(30, d.epochs());
        assertEquals(0.3, d.dropout());
        assertEquals(0.01, d.weightDecay());
        assertEquals(3, d.patience());
        assertEquals(seqlab.model.LearningRateSchedule.PLATEAU, d.schedule());
        assertEquals(seqlab.model.SeenItems.AUTO, d.seenItems());
        assertEquals(0.03, d.learningRate());
        assertEquals(42, d.seed());
    }

    @Test
    void zeroNegativeAndAbsurdValues() {
        assertEquals(List.of("epochs must be between 1 and 100000 (got 0)"), problems(ModelConfig.builder().epochs(0)));
        assertEquals(List.of("epochs must be between 1 and 100000 (got 100001)"),
                problems(ModelConfig.builder().epochs(100_001)));
        assertEquals(List.of("batch size must be between 1 and 65536 (got -1)"),
                problems(ModelConfig.builder().batchSize(-1)));
        assertEquals(List.of("max length must be between 1 and 1000 (got 5000)"),
                problems(ModelConfig.builder().maxLength(5000)));
        assertEquals(List.of("embedding dimension must be between 1 and 1024 (got 0)"),
                problems(ModelConfig.builder().embeddingDim(0)));
        assertEquals(List.of("LSTM units must be between 1 and 2048 (got 4096)"),
                problems(ModelConfig.builder().units(4096)));
        assertEquals(List.of("minimum item frequency must be between 1 and 1000000 (got 0)"),
                problems(ModelConfig.builder().minItemFrequency(0)));
        assertEquals(List.of("minimum sequence length must be between 2 and 1000000 (got 1)"),
                problems(ModelConfig.builder().minSequenceLength(1)));
        assertEquals(List.of("threads must be between 0 and 256 (got -2)"), problems(ModelConfig.builder().threads(-2)));
    }

    @Test
    void boundariesAreAllowed() {
        assertEquals(List.of(), problems(ModelConfig.builder().epochs(1).maxLength(1000).batchSize(1)
                .learningRate(1).threads(256).minSequenceLength(2)));
    }

    @Test
    void learningRate() {
        assertEquals(List.of("learning rate must be above 0 and at most 1 (got 0.0)"),
                problems(ModelConfig.builder().learningRate(0)));
        assertEquals(List.of("learning rate must be above 0 and at most 1 (got -0.1)"),
                problems(ModelConfig.builder().learningRate(-0.1)));
        assertEquals(List.of("learning rate must be above 0 and at most 1 (got 1.5)"),
                problems(ModelConfig.builder().learningRate(1.5)));
        assertEquals(List.of("learning rate must be above 0 and at most 1 (got NaN)"),
                problems(ModelConfig.builder().learningRate(Double.NaN)));
    }

    @Test
    void fractions() {
        assertEquals(List.of("validation fraction must be at least 0 and below 1 (got 1.0)",
                        "validation and test fractions leave less than 10% for training"),
                problems(ModelConfig.builder().validationFraction(1.0)));
        assertEquals(List.of("test fraction must be at least 0 and below 1 (got -0.1)"),
                problems(ModelConfig.builder().testFraction(-0.1)));
        assertEquals(List.of("validation and test fractions leave less than 10% for training"),
                problems(ModelConfig.builder().validationFraction(0.5).testFraction(0.5)));
    }

    @Test
    void postPaddingNeedsThePrefixesFormulation() {
        assertEquals(List.of("notebook-style right padding only applies to one-prefix-per-target training"
                        + " (formulation PREFIXES)"),
                problems(ModelConfig.builder().padding(Padding.POST).formulation(Formulation.WINDOWS)));
        assertEquals(List.of(), problems(ModelConfig.builder().padding(Padding.POST).formulation(Formulation.PREFIXES)));
    }

    @Test
    void missingChoices() {
        assertEquals(List.of("split must be set"), problems(ModelConfig.builder().split(null)));
    }

    @Test
    void eachProblemNamesItsSetting() {
        List<ConfigProblem> p = ModelConfig.builder().units(0).dropout(0.95).padding(Padding.POST).build().problems();
        assertEquals(List.of(Hyperparameter.UNITS, Hyperparameter.DROPOUT, Hyperparameter.PADDING),
                p.stream().map(ConfigProblem::setting).toList());
        assertEquals("dropout must be between 0 and 0.9 (got 0.95)", p.get(1).message());
    }

    @Test
    void newSettingsHaveRanges() {
        assertEquals(List.of("weight decay must be between 0 and 1 (got -0.1)"),
                problems(ModelConfig.builder().weightDecay(-0.1)));
        assertEquals(List.of("patience must be between 0 and 100000 (got -1)"),
                problems(ModelConfig.builder().patience(-1)));
    }

    @Test
    void requireValidListsEveryProblem() {
        ModelConfig bad = ModelConfig.builder().epochs(0).batchSize(0).build();
        DataException e = assertThrows(DataException.class, bad::requireValid);
        assertEquals("invalid settings: epochs must be between 1 and 100000 (got 0); batch size must be between 1"
                + " and 65536 (got 0)", e.getMessage());
    }
}
