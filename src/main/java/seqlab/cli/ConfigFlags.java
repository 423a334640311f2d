package seqlab.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import seqlab.data.DataException;
import seqlab.data.ReadOptions;
import seqlab.model.Formulation;
import seqlab.model.Hyperparameter;
import seqlab.model.ModelConfig;
import seqlab.model.Padding;

/** The hyperparameter and data-reading flags shared by {@code train}, {@code sweep} and {@code bench}. */
final class ConfigFlags {

    /** One flag per {@link Hyperparameter}, named by its key. */
    static final Set<String> HYPERPARAMETERS = Arrays.stream(Hyperparameter.values()).map(Hyperparameter::key)
            .collect(Collectors.toUnmodifiableSet());
    static final Set<String> READING = Set.of("format", "sequence-column", "item-column", "time-column");

    private ConfigFlags() {
    }

    /** The config the flags describe, starting from {@code base}; notes go to {@code err}. */
    static ModelConfig config(Options o, ModelConfig base, PrintStream err) {
        ModelConfig.Builder b = base.toBuilder();
        for (Hyperparameter h : Hyperparameter.values()) {
            String value = o.get(h.key());
            if (value != null) {
                try {
                    h.apply(b, value);
                } catch (DataException e) {
                    throw new UsageException(o.command() + ": --" + e.getMessage());
                }
            }
        }
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
        if (format == ReadOptions.Format.LINES) {
            List<String> tableOnly = READING.stream().filter(f -> !f.equals("format") && o.get(f) != null
                    && !(f.equals("time-column") && o.get(f).isEmpty())).sorted().map(f -> "--" + f).toList();
            if (!tableOnly.isEmpty()) {
                throw new UsageException(o.command() + ": " + String.join(", ", tableOnly)
                        + (tableOnly.size() == 1 ? " applies" : " apply") + " only to tables"
                        + " (--format table or auto); --format lines reads one sequence per line, with no header and"
                        + " no columns");
            }
        }
        return new ReadOptions(format, o.get("sequence-column"), o.get("item-column"), o.get("time-column"));
    }
}
