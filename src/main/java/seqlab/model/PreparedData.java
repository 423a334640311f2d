package seqlab.model;

import java.util.ArrayList;
import java.util.List;

import seqlab.data.DataException;
import seqlab.data.ItemChecks;
import seqlab.data.ItemLabels;
import seqlab.data.Repeats;
import seqlab.data.SequenceData;
import seqlab.data.Vocabulary;
import seqlab.eval.DataSplit;
import seqlab.eval.EvalSet;
import seqlab.eval.FollowerCounts;
import seqlab.eval.MarkovBaseline;
import seqlab.eval.PopularityBaseline;

/**
 * Data made ready for a run: split, vocabulary (from the training part only, so nothing is
 * learned from evaluation data), encoded training sequences, evaluation sets and the baselines
 * fitted on the same training part. The seen-items rule is resolved here, once, from the training
 * part: every metric of the run (validation, training accuracy, test, for the LSTM and both
 * baselines alike) and the trained model's predictions follow it.
 *
 * @param config     the settings, with the seen-items setting resolved ({@link SeenItems#AUTO}
 *                   became {@link SeenItems#EXCLUDE} or {@link SeenItems#RANK}), so that the
 *                   trained model carries the rule its metrics used
 * @param data       the data as used (after the minimum sequence length)
 * @param labels     display names
 * @param split      the split
 * @param vocabulary item ids from the training part
 * @param train      training sequences as item ids (1-based; rare items share the rare id)
 * @param validation validation cases (may be empty)
 * @param test       test cases (may be empty)
 * @param popularity popularity baseline
 * @param markov     Markov baseline
 * @param seenItems  the seen-items setting as asked for (possibly {@link SeenItems#AUTO})
 * @param repeats    how often the training sequences repeat an earlier item of their own
 */
public record PreparedData(ModelConfig config, SequenceData data, ItemLabels labels, DataSplit split,
                              Vocabulary vocabulary, List<int[]> train, EvalSet validation, EvalSet test,
                              PopularityBaseline popularity, MarkovBaseline markov, SeenItems seenItems,
                              Repeats repeats) {

    /**
     * Prepares a run.
     *
     * @param data           the sequences
     * @param labels         display names ({@link ItemLabels#none()} for none)
     * @param config         the settings (validated here)
     * @param validationFile held-out sequences to evaluate on instead of a split, or null
     * @throws DataException when the settings are invalid or the data leaves nothing to train on
     */
    public static PreparedData prepare(SequenceData data, ItemLabels labels, ModelConfig config,
                                          SequenceData validationFile) {
        config.requireValid();
        SequenceData used = data.withMinLength(config.minSequenceLength());
        if (used.sequences().isEmpty()) {
            throw new DataException(data.source() + ": no sequence has at least " + config.minSequenceLength()
                    + " items, so there is nothing to learn from");
        }
        DataSplit split = split(used, config, validationFile);
        Vocabulary vocab = Vocabulary.build(split.train(), config.minItemFrequency());
        List<int[]> train = new ArrayList<>(split.train().size());
        long targets = 0;
        for (List<String> s : split.train()) {
            int[] ids = s.stream().mapToInt(vocab::id).toArray();
            train.add(ids);
            targets += Math.max(0, ids.length - 1);
        }
        List<int[]> trainClasses = classes(train);
        if (targets == 0) {
            throw new DataException(data.source() + ": no training targets (every training sequence has a single item)");
        }
        EvalSet validation = EvalSet.of(split.validation(), vocab::itemClass, config.maxLength());
        EvalSet test = EvalSet.of(split.test(), vocab::itemClass, config.maxLength());
        PopularityBaseline popularity = PopularityBaseline.fit(trainClasses, vocab.size());
        MarkovBaseline markov = MarkovBaseline.fit(trainClasses, popularity);
        Repeats repeats = Repeats.of(split.train());
        SeenItems resolved = config.seenItems().excludes(repeats.share()) ? SeenItems.EXCLUDE : SeenItems.RANK;
        return new PreparedData(config.toBuilder().seenItems(resolved).build(), used, labels, split, vocab,
                List.copyOf(train), validation, test, popularity, markov, config.seenItems(), repeats);
    }

    /**
     * How sequences of at least the minimum length are held out: from {@code validationFile} when one
     * is given, else by the configured split.
     */
    static DataSplit split(SequenceData used, ModelConfig config, SequenceData validationFile) {
        return validationFile != null
                ? DataSplit.withValidationFile(used.sequences(),
                    validationFile.withMinLength(2).sequences(), validationFile.source())
                : DataSplit.of(used.sequences(), config.split(), config.validationFraction(),
                    config.testFraction(), config.seed());
    }

    /** Item ids (1-based, 0 is padding) as output classes (0-based). */
    private static List<int[]> classes(List<int[]> ids) {
        List<int[]> classes = new ArrayList<>(ids.size());
        for (int[] row : ids) {
            int[] c = new int[row.length];
            for (int i = 0; i < row.length; i++) {
                c[i] = row[i] - 1;
            }
            classes.add(c);
        }
        return classes;
    }

    /**
     * The share of next-item targets of the training part whose item already occurred earlier in
     * the same sequence (items compared as tokens, before the vocabulary merges rare ones).
     */
    public double repeatShare() {
        return repeats.share();
    }

    /**
     * What followed each beginning of a training sequence (up to max length items) and each pair of
     * consecutive items, over classes: the evidence a trained model carries. Counted on each call.
     */
    public FollowerCounts followers() {
        return FollowerCounts.fit(classes(train), vocabulary.size(), config.maxLength());
    }

    /** Whether every metric and prediction of this run leaves out the items already in the prefix. */
    public boolean excludesSeen() {
        return config.seenItems() == SeenItems.EXCLUDE;
    }

    /** The class never ranked in evaluation (the rare item), or -1. */
    public int excludedClass() {
        return vocabulary.hasRare() ? vocabulary.rareId() - 1 : -1;
    }

    /** Readable lines on what the run will use. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        // line 0 marks what SequenceData.withMinLength left out of the whole data, the one note not tied to a line
        data.skipped().stream().filter(k -> k.line() == 0)
                .forEach(k -> lines.add("left out of training: " + k.reason() + " (--min-length)"));
        ItemChecks.oddItems(data).ifPresent(lines::add);
        lines.add(split.note());
        String rare = vocabulary.hasRare()
                ? " (items seen fewer than " + config.minItemFrequency() + " times in training share one <rare> item)" : "";
        lines.add(String.format("vocabulary: %,d items from the training part%s", vocabulary.size(), rare));
        if (!validation.isEmpty() || validation.unknownTargets() > 0) {
            lines.add(describe("validation", validation));
        }
        if (!test.isEmpty() || test.unknownTargets() > 0) {
            lines.add(describe("test", test));
        }
        lines.addAll(describeRanking());
        if (vocabulary.size() <= 10) {
            lines.add("note: with " + vocabulary.size() + " items HR@10 ranks every item and is 1 by construction;"
                    + " compare HR@1 and MRR@10");
        }
        return lines;
    }

    private List<String> describeRanking() {
        String share = repeats.sharePercent() + " of training targets repeat an earlier item";
        String why = seenItems == SeenItems.AUTO ? "auto: " + share
                : "seen items: " + Hyperparameter.format(seenItems) + "; " + share;
        List<String> lines = new ArrayList<>();
        lines.add("ranking for every metric: " + (excludesSeen() ? "items already in the prefix are excluded"
                : "all items, also those already in the prefix") + " (" + why + ")");
        boolean rare = repeatShare() < SeenItems.AUTO_THRESHOLD;
        if (seenItems == SeenItems.RANK && rare) {
            lines.add("hint: the training sequences almost never repeat an item (" + repeats.sharePercent()
                    + " of targets); --seen-items exclude (or auto) ranks only unseen items");
        } else if (seenItems == SeenItems.EXCLUDE && !rare) {
            lines.add("hint: " + share + "; excluded from the ranking, each of them counts as a miss"
                    + " (--seen-items rank or auto ranks them)");
        }
        return lines;
    }

    private static String describe(String name, EvalSet set) {
        return String.format("%s: %,d targets ranked; left out: %,d with an item never seen in training, %,d with"
                + " no known item before them; %,d unknown prefix items skipped", name, set.size(),
                set.unknownTargets(), set.emptyPrefixes(), set.unknownPrefixItems());
    }
}
