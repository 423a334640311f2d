package seqlab.model;

import java.util.ArrayList;
import java.util.List;

import seqlab.data.DataException;
import seqlab.eval.SplitMethod;

/**
 * Every hyperparameter of a run, immutable. {@link #defaults()} gives the documented defaults;
 * {@link #problems()} says which settings are invalid and why. {@link Hyperparameter} lists
 * the fields with their names, ranges and descriptions.
 *
 * @param maxLength          most recent items a prefix keeps (time steps), default 20
 * @param embeddingDim       item embedding size, default 32
 * @param units              LSTM units, default 100 (the notebook had 50)
 * @param epochs             most passes over the training data, default 30 (early stopping usually ends sooner)
 * @param batchSize          windows (or prefixes) per minibatch, default 32
 * @param learningRate       Adam's learning rate at the start, default 0.03
 * @param seed               seed for initialisation, shuffling, dropout and splitting, default 42
 * @param padding            where short prefixes are padded, default {@link Padding#PRE}
 * @param formulation        how targets are presented in training, default {@link Formulation#WINDOWS}
 * @param minItemFrequency   items seen fewer times in training become one rare item, default 1 (keep all)
 * @param minSequenceLength  shorter sequences are skipped (and counted), default 2
 * @param split              how data is held out, default {@link SplitMethod#HOLDOUT}
 * @param validationFraction share of sequences held out for validation (holdout), default 0.1
 * @param testFraction       share of sequences held out for the test (holdout), default 0.1
 * @param threads            native (OpenMP) threads for training, 0 = choose from the free cores
 * @param dropout            share of the embedding's and the LSTM's outputs dropped in training, default 0.2
 * @param weightDecay        decoupled weight decay per update (times the learning rate), default 0
 * @param patience           epochs without validation improvement before stopping, default 3; 0 = train every epoch
 * @param monitor            the validation metric that picks the best epoch, default {@link Monitor#MRR_AT_10}
 * @param schedule           how the learning rate changes, default {@link LearningRateSchedule#PLATEAU}
 * @param seenItems          whether items already in a prefix are ranked, default {@link SeenItems#AUTO}
 */
public record ModelConfig(int maxLength, int embeddingDim, int units, int epochs, int batchSize,
                          double learningRate, long seed, Padding padding, Formulation formulation,
                          int minItemFrequency, int minSequenceLength, SplitMethod split,
                          double validationFraction, double testFraction, int threads,
                          double dropout, double weightDecay, int patience, Monitor monitor,
                          LearningRateSchedule schedule, SeenItems seenItems) {

    /** The seed used unless one is given. */
    public static final long DEFAULT_SEED = 42;

    /**
     * Settings files written before a setting existed lack it; they were trained without it, so a
     * missing one means what that version did: no schedule, every item ranked.
     */
    public ModelConfig {
        monitor = monitor == null ? Monitor.MRR_AT_10 : monitor;
        schedule = schedule == null ? LearningRateSchedule.CONSTANT : schedule;
        seenItems = seenItems == null ? SeenItems.RANK : seenItems;
    }

    /** The documented defaults. */
    public static ModelConfig defaults() {
        return new ModelConfig(20, 32, 256, 30, 32, 0.03, DEFAULT_SEED, Padding.PRE, Formulation.WINDOWS,
                1, 2, SplitMethod.HOLDOUT, 0.1, 0.1, 0,
                0.3, 0.01, 3, Monitor.MRR_AT_10, LearningRateSchedule.PLATEAU, SeenItems.AUTO);
    }

    /** What is wrong with these settings, one problem per setting; empty when valid. */
    public List<ConfigProblem> problems() {
        List<ConfigProblem> p = new ArrayList<>(Hyperparameter.rangeProblems(this));
        if (validationFraction + testFraction > 0.9) {
            p.add(new ConfigProblem(Hyperparameter.VALIDATION_FRACTION,
                    "validation and test fractions leave less than 10% for training"));
        }
        if (padding == Padding.POST && formulation == Formulation.WINDOWS) {
            p.add(new ConfigProblem(Hyperparameter.PADDING, "notebook-style right padding only applies to"
                    + " one-prefix-per-target training (formulation PREFIXES)"));
        }
        return p;
    }

    /**
     * Returns this config if valid.
     *
     * @throws DataException naming every problem
     */
    public ModelConfig requireValid() {
        List<ConfigProblem> p = problems();
        if (!p.isEmpty()) {
            throw new DataException("invalid settings: "
                    + String.join("; ", p.stream().map(ConfigProblem::message).toList()));
        }
        return this;
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
        private double dropout;
        private double weightDecay;
        private int patience;
        private Monitor monitor;
        private LearningRateSchedule schedule;
        private SeenItems seenItems;

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
            dropout = c.dropout;
            weightDecay = c.weightDecay;
            patience = c.patience;
            monitor = c.monitor;
            schedule = c.schedule;
            seenItems = c.seenItems;
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
        public Builder dropout(double v) { dropout = v; return this; }
        public Builder weightDecay(double v) { weightDecay = v; return this; }
        public Builder patience(int v) { patience = v; return this; }
        public Builder monitor(Monitor v) { monitor = v; return this; }
        public Builder schedule(LearningRateSchedule v) { schedule = v; return this; }
        public Builder seenItems(SeenItems v) { seenItems = v; return this; }

        /** The config (not validated: call {@link ModelConfig#problems()}). */
        public ModelConfig build() {
            return new ModelConfig(maxLength, embeddingDim, units, epochs, batchSize, learningRate, seed, padding,
                    formulation, minItemFrequency, minSequenceLength, split, validationFraction, testFraction, threads,
                    dropout, weightDecay, patience, monitor, schedule, seenItems);
        }
    }
}
