package seqlab.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import seqlab.data.DataException;
import seqlab.eval.SplitMethod;

/**
 * The one list of settings of a run: each {@link ModelConfig} field with its command-line name
 * ({@code embedding-dim}), a readable name, its range, its default and a one-sentence
 * description. The command line's flags, the workbench's settings form, sweeps, run records and
 * {@link ModelConfig#problems()} are all built from this list.
 */
public enum Hyperparameter {
    MAX_LEN("max-len", "max length", "the most recent items a prefix keeps (LSTM time steps)",
            Range.whole(1, 1000), ModelConfig::maxLength, (b, v) -> b.maxLength((Integer) v)),
    EMBEDDING_DIM("embedding-dim", "embedding dimension", "the size of each item's learned vector",
            Range.whole(1, 1024), ModelConfig::embeddingDim, (b, v) -> b.embeddingDim((Integer) v)),
    UNITS("units", "LSTM units", "the size of the LSTM's hidden state",
            Range.whole(1, 2048), ModelConfig::units, (b, v) -> b.units((Integer) v)),
    EPOCHS("epochs", "epochs", "the most passes over the training data (early stopping may end sooner)",
            Range.whole(1, 100_000), ModelConfig::epochs, (b, v) -> b.epochs((Integer) v)),
    BATCH_SIZE("batch-size", "batch size", "windows (or prefixes) per minibatch",
            Range.whole(1, 65_536), ModelConfig::batchSize, (b, v) -> b.batchSize((Integer) v)),
    LEARNING_RATE("learning-rate", "learning rate", "Adam's step size at the start of training",
            Range.decimal(0, false, 1, true), ModelConfig::learningRate, (b, v) -> b.learningRate((Double) v)),
    SCHEDULE("lr-schedule", "learning-rate schedule",
            "plateau halves the learning rate after an epoch without improvement, cosine decays it over the epochs",
            Range.choice(LearningRateSchedule.class), ModelConfig::schedule,
            (b, v) -> b.schedule((LearningRateSchedule) v)),
    DROPOUT("dropout", "dropout", "the share of the embedding's and the LSTM's outputs zeroed at random in training",
            Range.decimal(0, true, 0.9, true), ModelConfig::dropout, (b, v) -> b.dropout((Double) v)),
    WEIGHT_DECAY("weight-decay", "weight decay",
            "decoupled weight decay: each update shrinks the weights by learning rate x this share",
            Range.decimal(0, true, 1, true), ModelConfig::weightDecay, (b, v) -> b.weightDecay((Double) v)),
    PATIENCE("patience", "patience",
            "epochs without improvement on validation before training stops and the best epoch is kept (0 = never stop early)",
            Range.whole(0, 100_000), ModelConfig::patience, (b, v) -> b.patience((Integer) v)),
    MONITOR("monitor", "monitored metric", "the validation metric that picks the best epoch",
            Range.choice(Monitor.class), ModelConfig::monitor, (b, v) -> b.monitor((Monitor) v)),
    SEEN_ITEMS("seen-items", "seen items",
            "whether items already in a prefix can be its next item: auto excludes them when sequences almost never repeat one",
            Range.choice(SeenItems.class), ModelConfig::seenItems, (b, v) -> b.seenItems((SeenItems) v)),
    SEED("seed", "seed", "seeds initialisation, shuffling, dropout and the split",
            Range.wholeLong(), ModelConfig::seed, (b, v) -> b.seed((Long) v)),
    PADDING("padding", "padding", "pre pads short prefixes on the left; post is the notebook's right padding",
            Range.choice(Padding.class), ModelConfig::padding, (b, v) -> b.padding((Padding) v)),
    SPLIT("split", "split", "how sequences are held out for validation and test",
            Range.choice(SplitMethod.class), ModelConfig::split, (b, v) -> b.split((SplitMethod) v)),
    TRAINING("training", "training targets",
            "windows puts a loss at every step of a window; prefixes is the notebook's one padded prefix per target",
            Range.choice(Formulation.class), ModelConfig::formulation, (b, v) -> b.formulation((Formulation) v)),
    MIN_ITEM_FREQUENCY("min-item-frequency", "minimum item frequency",
            "items seen fewer times in training share one rare item",
            Range.whole(1, 1_000_000), ModelConfig::minItemFrequency, (b, v) -> b.minItemFrequency((Integer) v)),
    MIN_LENGTH("min-length", "minimum sequence length", "shorter sequences are skipped and counted",
            Range.whole(2, 1_000_000), ModelConfig::minSequenceLength, (b, v) -> b.minSequenceLength((Integer) v)),
    VALIDATION_FRACTION("validation-fraction", "validation fraction", "the share of sequences held out for validation",
            Range.decimal(0, true, 1, false), ModelConfig::validationFraction,
            (b, v) -> b.validationFraction((Double) v)),
    TEST_FRACTION("test-fraction", "test fraction", "the share of sequences held out for the test",
            Range.decimal(0, true, 1, false), ModelConfig::testFraction, (b, v) -> b.testFraction((Double) v)),
    THREADS("threads", "threads", "native (OpenMP) threads for training; 0 leaves one core free",
            Range.whole(0, 256), ModelConfig::threads, (b, v) -> b.threads((Integer) v));

    private final String key;
    private final String label;
    private final String description;
    private final Range range;
    private final Function<ModelConfig, Object> getter;
    private final BiConsumer<ModelConfig.Builder, Object> setter;

    Hyperparameter(String key, String label, String description, Range range, Function<ModelConfig, Object> getter,
                   BiConsumer<ModelConfig.Builder, Object> setter) {
        this.key = key;
        this.label = label;
        this.description = description;
        this.range = range;
        this.getter = getter;
        this.setter = setter;
    }

    /** The command-line name, e.g. {@code embedding-dim} (the flag is {@code --embedding-dim}). */
    public String key() {
        return key;
    }

    /** The readable name, e.g. {@code embedding dimension}; problems start with it. */
    public String label() {
        return label;
    }

    /** One sentence on what the setting does. */
    public String description() {
        return description;
    }

    /** The allowed values, e.g. {@code 1 to 1000} or {@code plateau, cosine, constant}. */
    public String rangeText() {
        return range.text();
    }

    /** The choices of a choice setting (lower case, as typed), or an empty list. */
    public List<String> choices() {
        return range.choices();
    }

    /** Whether this is a choice among named values (an enum). */
    public boolean isChoice() {
        return range.kind == Kind.CHOICE;
    }

    /** The default value as text. */
    public String defaultText() {
        return text(ModelConfig.defaults());
    }

    /** The value in {@code config} as text (choices in lower case with dashes, as typed on the command line). */
    public String text(ModelConfig config) {
        return format(getter.apply(config));
    }

    /** A value of this setting as text. */
    public static String format(Object v) {
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return String.valueOf(v);
    }

    /**
     * Parses a value from text (type only; the range is checked by {@link ModelConfig#problems()}).
     *
     * @throws DataException naming this setting when the text is not of its type
     */
    public Object parse(String text) {
        return range.parse(key, text.strip());
    }

    /**
     * What is wrong with {@code text} as a value of this setting's type, as a sentence starting
     * with the setting's label, or empty when it parses.
     */
    public Optional<String> typeProblem(String text) {
        try {
            parse(text == null ? "" : text);
            return Optional.empty();
        } catch (DataException e) {
            return Optional.of(label + e.getMessage().substring(key.length()));
        }
    }

    /**
     * What is wrong with {@code text} as this setting's value on its own: not of its type, or out of
     * its range (settings that only conflict with each other are {@link ModelConfig#problems()}'s).
     */
    public Optional<String> valueProblem(String text) {
        Optional<String> type = typeProblem(text);
        return type.isPresent() ? type : range.problem(label, parse(text));
    }

    /**
     * Sets this hyperparameter on {@code builder} from text.
     *
     * @throws DataException when the text is not of this setting's type
     */
    public ModelConfig.Builder apply(ModelConfig.Builder builder, String text) {
        setter.accept(builder, parse(text));
        return builder;
    }

    /** The problem with this setting's value in {@code config}, if it is out of range. */
    Optional<ConfigProblem> rangeProblem(ModelConfig config) {
        Object v = getter.apply(config);
        if (v == null) {
            return Optional.of(new ConfigProblem(this, label + " must be set"));
        }
        return range.problem(label, v).map(m -> new ConfigProblem(this, m));
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

    private enum Kind { INTEGER, LONG, DECIMAL, CHOICE }

    /** What values a setting takes. */
    private record Range(Kind kind, double min, boolean minIncluded, double max, boolean maxIncluded,
                         Class<? extends Enum<?>> choiceType) {

        private static final Pattern DECIMAL_TEXT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");

        static Range whole(int min, int max) {
            return new Range(Kind.INTEGER, min, true, max, true, null);
        }

        static Range wholeLong() {
            return new Range(Kind.LONG, Long.MIN_VALUE, true, Long.MAX_VALUE, true, null);
        }

        static Range decimal(double min, boolean minIncluded, double max, boolean maxIncluded) {
            return new Range(Kind.DECIMAL, min, minIncluded, max, maxIncluded, null);
        }

        static Range choice(Class<? extends Enum<?>> type) {
            return new Range(Kind.CHOICE, 0, true, 0, true, type);
        }

        List<String> choices() {
            if (choiceType == null) {
                return List.of();
            }
            return Arrays.stream(choiceType.getEnumConstants()).map(Hyperparameter::format).toList();
        }

        String text() {
            return switch (kind) {
                case INTEGER -> number(min) + " to " + number(max);
                case LONG -> "any whole number";
                case DECIMAL -> minIncluded && maxIncluded ? number(min) + " to " + number(max)
                        : (minIncluded ? "at least " : "above ") + number(min) + ", "
                        + (maxIncluded ? "at most " : "below ") + number(max);
                case CHOICE -> String.join(", ", choices());
            };
        }

        Object parse(String key, String v) {
            try {
                return switch (kind) {
                    case INTEGER -> Integer.parseInt(v);
                    case LONG -> Long.parseLong(v);
                    case DECIMAL -> decimal(v);
                    case CHOICE -> choice(key, v);
                };
            } catch (NumberFormatException e) {
                String wanted = kind == Kind.DECIMAL ? "a number" : "a whole number";
                String range = switch (kind) {
                    case INTEGER -> " from " + text();
                    case DECIMAL -> (minIncluded && maxIncluded ? " from " : " ") + text();
                    default -> "";
                };
                throw new DataException(key + " must be " + wanted + range + " (got '" + v + "')");
            }
        }

        /** Plain decimal notation only: no NaN, Infinity, hexadecimal or type suffixes, which Java would accept. */
        private static double decimal(String v) {
            String plain = v.replace(',', '.');
            if (!DECIMAL_TEXT.matcher(plain).matches()) {
                throw new NumberFormatException(v);
            }
            double d = Double.parseDouble(plain);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException(v);
            }
            return d;
        }

        private Object choice(String key, String v) {
            String wanted = v.toUpperCase(Locale.ROOT).replace('-', '_');
            for (Enum<?> e : choiceType.getEnumConstants()) {
                if (e.name().equals(wanted)) {
                    return e;
                }
            }
            throw new DataException(key + " must be one of " + String.join(", ", choices()) + " (got '" + v + "')");
        }

        Optional<String> problem(String label, Object value) {
            if (kind == Kind.CHOICE || kind == Kind.LONG) {
                return Optional.empty();
            }
            double v = ((Number) value).doubleValue();
            boolean ok = (minIncluded ? v >= min : v > min) && (maxIncluded ? v <= max : v < max);
            if (ok) {
                return Optional.empty();
            }
            String bounds;
            if (kind == Kind.INTEGER || minIncluded && maxIncluded) {
                bounds = "between " + number(min) + " and " + number(max);
            } else {
                bounds = (minIncluded ? "at least " : "above ") + number(min) + " and "
                        + (maxIncluded ? "at most " : "below ") + number(max);
            }
            return Optional.of(label + " must be " + bounds + " (got " + value + ")");
        }

        private static String number(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }

    /** All problems of a config, range by range; cross-setting rules are added by {@link ModelConfig}. */
    static List<ConfigProblem> rangeProblems(ModelConfig config) {
        List<ConfigProblem> p = new ArrayList<>();
        for (Hyperparameter h : values()) {
            h.rangeProblem(config).ifPresent(p::add);
        }
        return p;
    }
}
