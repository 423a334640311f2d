package seqlab.model;

import java.util.ArrayList;
import java.util.List;

import seqlab.data.DataException;
import seqlab.eval.SplitMethod;

/**
 * Every hyperparameter of a run, immutable. {@link #defaults()} gives the documented defaults;
 * {@link #problems()} lists what is invalid in words a user understands.
 *
 * @param maxLength          most recent items a prefix keeps (time steps), default 20
 * @param embeddingDim       item embedding size, default 32
 * @param units              LSTM units, default 50 (the notebook's)
 * @param epochs             passes over the training data, default 5
 * @param batchSize          windows (or prefixes) per minibatch, default 32
 * @param learningRate       Adam's learning rate, default 0.03 (chosen on MovieLens' validation split, where
 *                           it reaches in 2-4 epochs the HR@10 that 0.005 reaches in 9)
 * @param seed               seed for initialisation, shuffling and splitting, default 42
 * @param padding            where short prefixes are padded, default {@link Padding#PRE}
 * @param formulation        how targets are presented in training, default {@link Formulation#WINDOWS}
 * @param minItemFrequency   items seen fewer times in training become one rare item, default 1 (keep all)
 * @param minSequenceLength  shorter sequences are skipped (and counted), default 2
 * @param split              how data is held out, default {@link SplitMethod#HOLDOUT}
 * @param validationFraction share of sequences held out for validation (holdout), default 0.1
 * @param testFraction       share of sequences held out for the test (holdout), default 0.1
 * @param threads            native (OpenMP) threads for training, 0 = choose from the free cores
 */
public record ModelConfig(int maxLength, int embeddingDim, int units, int epochs, int batchSize,
                          double learningRate, long seed, Padding padding, Formulation formulation,
                          int minItemFrequency, int minSequenceLength, SplitMethod split,
                          double validationFraction, double testFraction, int threads) {

    /** The seed used unless one is given. */
    public static final long DEFAULT_SEED = 42;

    /** The documented defaults. */
    public static ModelConfig defaults() {
        return new ModelConfig(20, 32, 50, 5, 32, 0.03, DEFAULT_SEED, Padding.PRE, Formulation.WINDOWS,
                1, 2, SplitMethod.HOLDOUT, 0.1, 0.1, 0);
    }

    /** What is wrong with these settings, one readable sentence each; empty when valid. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        range(p, "max length", maxLength, 1, 1000);
        range(p, "embedding dimension", embeddingDim, 1, 1024);
        range(p, "LSTM units", units, 1, 2048);
        range(p, "epochs", epochs, 1, 100_000);
        range(p, "batch size", batchSize, 1, 65_536);
        if (!(learningRate > 0 && learningRate <= 1)) {
            p.add("learning rate must be above 0 and at most 1 (got " + learningRate + ")");
        }
        range(p, "minimum item frequency", minItemFrequency, 1, 1_000_000);
        range(p, "minimum sequence length", minSequenceLength, 2, 1_000_000);
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            p.add("validation fraction must be at least 0 and below 1 (got " + validationFraction + ")");
        }
        if (!(testFraction >= 0 && testFraction < 1)) {
            p.add("test fraction must be at least 0 and below 1 (got " + testFraction + ")");
        }
        if (validationFraction + testFraction > 0.9) {
            p.add("validation and test fractions leave less than 10% for training");
        }
        range(p, "threads", threads, 0, 256);
        if (padding == Padding.POST && formulation == Formulation.WINDOWS) {
            p.add("notebook-style right padding only applies to one-prefix-per-target training (formulation PREFIXES)");
        }
        if (padding == null || formulation == null || split == null) {
            p.add("padding, formulation and split must be set");
        }
        return p;
    }

    /**
     * Returns this config if valid.
     *
     * @throws DataException naming every problem
     */
    public ModelConfig requireValid() {
        List<String> p = problems();
        if (!p.isEmpty()) {
            throw new DataException("invalid settings: " + String.join("; ", p));
        }
        return this;
    }

    private static void range(List<String> p, String name, long value, long min, long max) {
        if (value < min || value > max) {
            p.add(name + " must be between " + min + " and " + max + " (got " + value + ")");
        }
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a config field by field, starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder(defaults());
    }

    /** Mutable builder for {@link ModelConfig}. */
    public static final class Builder {
        private int maxLength;
        private int embeddingDim;
        private int units;
        private int epochs;
        private int batchSize;
        private double learningRate;
        private long seed;
        private Padding padding;
        private Formulation formulation;
        private int minItemFrequency;
        private int minSequenceLength;
        private SplitMethod split;
        private double validationFraction;
        private double testFraction;
        private int threads;

        private Builder(ModelConfig c) {
            maxLength = c.maxLength;
            embeddingDim = c.embeddingDim;
            units = c.units;
            epochs = c.epochs;
            batchSize = c.batchSize;
            learningRate = c.learningRate;
            seed = c.seed;
            padding = c.padding;
            formulation = c.formulation;
            minItemFrequency = c.minItemFrequency;
            minSequenceLength = c.minSequenceLength;
            split = c.split;
            validationFraction = c.validationFraction;
            testFraction = c.testFraction;
            threads = c.threads;
        }

        public Builder maxLength(int v) { maxLength = v; return this; }
        public Builder embeddingDim(int v) { embeddingDim = v; return this; }
        public Builder units(int v) { units = v; return this; }
        public Builder epochs(int v) { epochs = v; return this; }
        public Builder batchSize(int v) { batchSize = v; return this; }
        public Builder learningRate(double v) { learningRate = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder padding(Padding v) { padding = v; return this; }
        public Builder formulation(Formulation v) { formulation = v; return this; }
        public Builder minItemFrequency(int v) { minItemFrequency = v; return this; }
        public Builder minSequenceLength(int v) { minSequenceLength = v; return this; }
        public Builder split(SplitMethod v) { split = v; return this; }
        public Builder validationFraction(double v) { validationFraction = v; return this; }
        public Builder testFraction(double v) { testFraction = v; return this; }
        public Builder threads(int v) { threads = v; return this; }

        /** The config (not validated: call {@link ModelConfig#problems()}). */
        public ModelConfig build() {
            return new ModelConfig(maxLength, embeddingDim, units, epochs, batchSize, learningRate, seed, padding,
                    formulation, minItemFrequency, minSequenceLength, split, validationFraction, testFraction, threads);
        }
    }
}
