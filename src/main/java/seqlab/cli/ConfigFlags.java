package seqlab.cli;

import java.io.PrintStream;
import java.util.Set;

import seqlab.data.ReadOptions;
import seqlab.eval.SplitMethod;
import seqlab.model.Formulation;
import seqlab.model.ModelConfig;
import seqlab.model.Padding;

/** The hyperparameter and data-reading flags shared by {@code train} and {@code bench}. */
final class ConfigFlags {

    static final Set<String> HYPERPARAMETERS = Set.of("max-len", "embedding-dim", "units", "epochs", "batch-size",
            "learning-rate", "seed", "padding", "split", "training", "min-item-frequency", "min-length",
            "validation-fraction", "test-fraction", "threads");
    static final Set<String> READING = Set.of("format", "sequence-column", "item-column", "time-column");

    private ConfigFlags() {
    }

    /** The config the flags describe, starting from {@code base}; notes go to {@code err}. */
    static ModelConfig config(Options o, ModelConfig base, PrintStream err) {
        ModelConfig.Builder b = base.toBuilder()
                .maxLength(o.integer("max-len", base.maxLength()))
                .embeddingDim(o.integer("embedding-dim", base.embeddingDim()))
                .units(o.integer("units", base.units()))
                .epochs(o.integer("epochs", base.epochs()))
                .batchSize(o.integer("batch-size", base.batchSize()))
                .learningRate(o.decimal("learning-rate", base.learningRate()))
                .seed(o.longInteger("seed", base.seed()))
                .padding(o.choice("padding", Padding.class, base.padding()))
                .split(o.choice("split", SplitMethod.class, base.split()))
                .formulation(o.choice("training", Formulation.class, base.formulation()))
                .minItemFrequency(o.integer("min-item-frequency", base.minItemFrequency()))
                .minSequenceLength(o.integer("min-length", base.minSequenceLength()))
                .validationFraction(o.decimal("validation-fraction", base.validationFraction()))
                .testFraction(o.decimal("test-fraction", base.testFraction()))
                .threads(o.integer("threads", base.threads()));
        ModelConfig c = b.build();
        if (c.padding() == Padding.POST && !o.has("training")) {
            c = c.toBuilder().formulation(Formulation.PREFIXES).build();
            err.println("note: --padding post is the notebook's one-prefix-per-target training; using --training prefixes");
        }
        return c.requireValid();
    }

    /** How to read data files. */
    static ReadOptions reading(Options o) {
        ReadOptions.Format format = o.choice("format", ReadOptions.Format.class, ReadOptions.Format.AUTO);
        return new ReadOptions(format, o.get("sequence-column"), o.get("item-column"), o.get("time-column"));
    }
}
