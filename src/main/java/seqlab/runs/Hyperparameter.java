package seqlab.runs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import seqlab.data.DataException;
import seqlab.eval.SplitMethod;
import seqlab.model.Formulation;
import seqlab.model.ModelConfig;
import seqlab.model.Padding;

/**
 * Every field of {@link ModelConfig}, named as the command line names it ({@code embedding-dim},
 * {@code units}, ...), with a readable label, a way to read it as text and a way to set it from
 * text. Used for sweeps, CSV columns and to say which settings differ between runs.
 */
public enum Hyperparameter {
    MAX_LEN("max-len", "max length", c -> c.maxLength(), (b, v) -> b.maxLength(integer("max-len", v))),
    EMBEDDING_DIM("embedding-dim", "embedding", c -> c.embeddingDim(),
            (b, v) -> b.embeddingDim(integer("embedding-dim", v))),
    UNITS("units", "units", c -> c.units(), (b, v) -> b.units(integer("units", v))),
    EPOCHS("epochs", "epochs", c -> c.epochs(), (b, v) -> b.epochs(integer("epochs", v))),
    BATCH_SIZE("batch-size", "batch", c -> c.batchSize(), (b, v) -> b.batchSize(integer("batch-size", v))),
    LEARNING_RATE("learning-rate", "learning rate", c -> c.learningRate(),
            (b, v) -> b.learningRate(decimal("learning-rate", v))),
    SEED("seed", "seed", c -> c.seed(), (b, v) -> b.seed(longInteger("seed", v))),
    PADDING("padding", "padding", c -> c.padding(), (b, v) -> b.padding(choice("padding", Padding.class, v))),
    SPLIT("split", "split", c -> c.split(), (b, v) -> b.split(choice("split", SplitMethod.class, v))),
    TRAINING("training", "training", c -> c.formulation(),
            (b, v) -> b.formulation(choice("training", Formulation.class, v))),
    MIN_ITEM_FREQUENCY("min-item-frequency", "min item frequency", c -> c.minItemFrequency(),
            (b, v) -> b.minItemFrequency(integer("min-item-frequency", v))),
    MIN_LENGTH("min-length", "min length", c -> c.minSequenceLength(),
            (b, v) -> b.minSequenceLength(integer("min-length", v))),
    VALIDATION_FRACTION("validation-fraction", "validation fraction", c -> c.validationFraction(),
            (b, v) -> b.validationFraction(decimal("validation-fraction", v))),
    TEST_FRACTION("test-fraction", "test fraction", c -> c.testFraction(),
            (b, v) -> b.testFraction(decimal("test-fraction", v))),
    THREADS("threads", "threads", c -> c.threads(), (b, v) -> b.threads(integer("threads", v)));

    private final String key;
    private final String label;
    private final Function<ModelConfig, Object> getter;
    private final BiConsumer<ModelConfig.Builder, String> setter;

    Hyperparameter(String key, String label, Function<ModelConfig, Object> getter,
                   BiConsumer<ModelConfig.Builder, String> setter) {
        this.key = key;
        this.label = label;
        this.getter = getter;
        this.setter = setter;
    }

    /** The command-line name, e.g. {@code embedding-dim}. */
    public String key() {
        return key;
    }

    /** A short readable name, e.g. {@code embedding}. */
    public String label() {
        return label;
    }

    /** The value in {@code config} as text (enums in lower case with dashes, as typed on the command line). */
    public String text(ModelConfig config) {
        Object v = getter.apply(config);
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return String.valueOf(v);
    }

    /**
     * Sets this hyperparameter on {@code builder} from text.
     *
     * @throws DataException when the text is not a valid value
     */
    public ModelConfig.Builder apply(ModelConfig.Builder builder, String value) {
        setter.accept(builder, value.strip());
        return builder;
    }

    /** The hyperparameter with command-line name {@code key}, if any. */
    public static Optional<Hyperparameter> byKey(String key) {
        return Arrays.stream(values()).filter(h -> h.key.equals(key)).findFirst();
    }

    /** The hyperparameters whose values differ between {@code configs}, in declaration order. */
    public static List<Hyperparameter> differing(List<ModelConfig> configs) {
        return Arrays.stream(values())
                .filter(h -> configs.stream().map(h::text).distinct().count() > 1)
                .toList();
    }

    private static int integer(String name, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new DataException(name + " must be a whole number (got '" + v + "')");
        }
    }

    private static long longInteger(String name, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new DataException(name + " must be a whole number (got '" + v + "')");
        }
    }

    private static double decimal(String name, String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new DataException(name + " must be a number (got '" + v + "')");
        }
    }

    private static <E extends Enum<E>> E choice(String name, Class<E> type, String v) {
        String wanted = v.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        throw new DataException(name + " must be one of " + String.join(", ", names) + " (got '" + v + "')");
    }
}
