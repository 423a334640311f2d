package seqlab.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import seqlab.data.DataFingerprint;
import seqlab.data.ItemLabels;
import seqlab.data.SequenceHashes;
import seqlab.data.Vocabulary;
import seqlab.eval.FollowerCounts;
import seqlab.eval.MarkovBaseline;
import seqlab.eval.MetricsReport;
import seqlab.eval.PopularityBaseline;
import seqlab.eval.Scorer;

/**
 * A trained network with everything needed to use it: config, vocabulary, labels, the baselines
 * fitted on the same training data, the training history, and the seen-items rule its metrics
 * used (which its predictions and later evaluations follow too). Immutable; prediction is
 * thread-safe.
 */
public final class TrainedModel {

    private final MultiLayerNetwork network;
    private final ModelConfig config;
    private final Vocabulary vocabulary;
    private final ItemLabels labels;
    private final PopularityBaseline popularity;
    private final MarkovBaseline markov;
    private final List<EpochMetrics> history;
    private final Map<String, MetricsReport> test;
    private final DataFingerprint trainedOn;
    private final boolean excludesSeen;
    private final SequenceHashes trainingSequences;
    private final FollowerCounts followers;
    private final LstmInference inference;
    private final InputLayout layout;
    private final Map<String, String> tokensByLabel;

    /**
     * A model whose seen-items rule is its config's, which must be resolved (as
     * {@link PreparedData#config()} is): {@link SeenItems#EXCLUDE} leaves the items already in
     * a prefix out, {@link SeenItems#RANK} ranks every item.
     *
     * @param network    the network (a private copy is taken for prediction)
     * @param config     its settings
     * @param vocabulary item ids
     * @param labels     display names
     * @param popularity the popularity baseline
     * @param markov     the Markov baseline
     * @param history    metrics of every epoch trained
     * @param test       final held-out metrics per scorer (empty without a test set)
     * @param trainedOn  the data the run was given (before the split)
     * @throws IllegalArgumentException when the config's seen-items setting is {@link SeenItems#AUTO}
     */
    public TrainedModel(MultiLayerNetwork network, ModelConfig config, Vocabulary vocabulary, ItemLabels labels,
                        PopularityBaseline popularity, MarkovBaseline markov, List<EpochMetrics> history,
                        Map<String, MetricsReport> test, DataFingerprint trainedOn) {
        this(network, config, vocabulary, labels, popularity, markov, history, test, trainedOn, resolved(config));
    }

    /**
     * A model with an explicit seen-items rule (as loaded from a bundle).
     *
     * @param excludesSeen whether predictions and evaluations leave out the items already in the prefix
     * @see #TrainedModel(MultiLayerNetwork, ModelConfig, Vocabulary, ItemLabels, PopularityBaseline,
     *      MarkovBaseline, List, Map, DataFingerprint)
     */
    public TrainedModel(MultiLayerNetwork network, ModelConfig config, Vocabulary vocabulary, ItemLabels labels,
                        PopularityBaseline popularity, MarkovBaseline markov, List<EpochMetrics> history,
                        Map<String, MetricsReport> test, DataFingerprint trainedOn, boolean excludesSeen) {
        this(network, config, vocabulary, labels, popularity, markov, history, test, trainedOn, excludesSeen, null,
                null, null);
    }

    private TrainedModel(MultiLayerNetwork network, ModelConfig config, Vocabulary vocabulary, ItemLabels labels,
                         PopularityBaseline popularity, MarkovBaseline markov, List<EpochMetrics> history,
                         Map<String, MetricsReport> test, DataFingerprint trainedOn, boolean excludesSeen,
                         SequenceHashes trainingSequences, FollowerCounts followers, LstmInference inference) {
        this.network = network;
        this.config = config;
        this.vocabulary = vocabulary;
        this.labels = labels;
        this.popularity = popularity;
        this.markov = markov;
        this.history = List.copyOf(history);
        this.test = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(test));
        this.trainedOn = trainedOn;
        this.excludesSeen = excludesSeen;
        this.trainingSequences = trainingSequences;
        this.followers = followers;
        // a copy of this network's weights made for an earlier copy of this model serves this one too
        this.inference = inference != null ? inference : LstmInference.of(network);
        this.layout = InputLayout.of(config);
        this.tokensByLabel = labels.tokensByLabel();
    }

    private static boolean resolved(ModelConfig config) {
        if (config.seenItems() == SeenItems.AUTO) {
            throw new IllegalArgumentException("the seen-items setting must be resolved (exclude or rank) before"
                    + " a model is made; PreparedData.config() is");
        }
        return config.seenItems() == SeenItems.EXCLUDE;
    }

    public ModelConfig config() {
        return config;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public ItemLabels labels() {
        return labels;
    }

    public PopularityBaseline popularity() {
        return popularity;
    }

    public MarkovBaseline markov() {
        return markov;
    }

    /** Metrics of every epoch trained, in order. */
    public List<EpochMetrics> history() {
        return history;
    }

    /** Final held-out metrics per scorer name; empty without a test set. */
    public Map<String, MetricsReport> test() {
        return test;
    }

    /** The data the run was given (before the split). */
    public DataFingerprint trainedOn() {
        return trainedOn;
    }

    /**
     * The sequences the network was trained on (the training part of the split, not the held-out
     * ones), as hashes; null for a model saved before SeqLab recorded them.
     */
    public SequenceHashes trainingSequences() {
        return trainingSequences;
    }

    /** A copy of this model that knows which sequences it was trained on. */
    public TrainedModel withTrainingSequences(SequenceHashes sequences) {
        return new TrainedModel(network, config, vocabulary, labels, popularity, markov, history, test, trainedOn,
                excludesSeen, sequences, followers, inference);
    }

    /**
     * What followed each sequence beginning and each pair of items in the training sequences
     * (the evidence {@link Explanation} shows beside the model); null for a model saved before
     * SeqLab stored them.
     */
    public FollowerCounts followers() {
        return followers;
    }

    /** A copy of this model that carries {@code counts} (over its classes) as its training evidence. */
    public TrainedModel withFollowers(FollowerCounts counts) {
        if (counts != null && counts.classes() != vocabulary.size()) {
            throw new IllegalArgumentException("follower counts over " + counts.classes() + " items for a model of "
                    + vocabulary.size());
        }
        return new TrainedModel(network, config, vocabulary, labels, popularity, markov, history, test, trainedOn,
                excludesSeen, trainingSequences, counts, inference);
    }

    /**
     * Whether the items already in a prefix are left out of this model's rankings: its held-out
     * metrics were computed so, {@link #predict} does so, and evaluations of it should.
     */
    public boolean excludesSeen() {
        return excludesSeen;
    }

    /** The underlying network, for saving and batched scoring in this package; never handed out further. */
    MultiLayerNetwork network() {
        return network;
    }

    /**
     * A copy of the embedding matrix: row {@code id} is the vector of item id {@code id}
     * ({@link Vocabulary#token(int)}), row 0 that of padding; {@code vocabulary().size() + 1} rows
     * of {@code config().embeddingDim()} floats.
     */
    public float[][] embeddingRows() {
        return inference.embeddingRows();
    }

    /** The network as an evaluation scorer (batched, ND4J). Not thread-safe. */
    public Scorer scorer() {
        return new LstmScorer(network, config, vocabulary.size());
    }

    /** The three scorers in table order: lstm, popularity, markov. Not thread-safe. */
    public List<Scorer> scorers() {
        return List.of(scorer(), popularity, markov);
    }

    /**
     * A copy of this model on its own network whose weights are {@code params} (a copy of them is
     * taken), so later changes to this model's network do not reach it. Its history is {@code history}.
     */
    TrainedModel withParams(INDArray params, List<EpochMetrics> newHistory) {
        MultiLayerNetwork copy = new MultiLayerNetwork(network.getLayerWiseConfigurations().clone());
        copy.init(params.dup(), false);
        return new TrainedModel(copy, config, vocabulary, labels, popularity, markov, newHistory, Map.of(),
                trainedOn, excludesSeen, trainingSequences, followers, null);
    }

    /** A copy of every weight of the network (a flat array). */
    INDArray params() {
        return network.params().dup();
    }

    /** How many bytes the network's weights take. */
    long weightBytes() {
        return network.numParams() * network.params().dataType().width();
    }

    /** A copy of this model carrying other history and test metrics. */
    public TrainedModel withResults(List<EpochMetrics> newHistory, Map<String, MetricsReport> newTest) {
        return new TrainedModel(network, config, vocabulary, labels, popularity, markov, newHistory, newTest,
                trainedOn, excludesSeen, trainingSequences, followers, inference);
    }

    /** The class index of a token or label for prediction input, or -1 when unknown. */
    public int classOf(String tokenOrLabel) {
        int c = vocabulary.itemClass(tokenOrLabel);
        if (c < 0) {
            String token = tokensByLabel.get(tokenOrLabel.toLowerCase(Locale.ROOT));
            c = token == null ? -1 : vocabulary.itemClass(token);
        }
        return c;
    }

    /** The class index of an item token in evaluation data (labels are not looked up), or -1. */
    public int evaluationClassOf(String token) {
        return vocabulary.itemClass(token);
    }

    /** The class never ranked in evaluation (the rare item), or -1. */
    public int excludedClass() {
        return vocabulary.hasRare() ? vocabulary.rareId() - 1 : -1;
    }

    /** Predicts from typed text (see {@link PrefixParser}). */
    public Prediction predict(String prefixText, int topK) {
        return predict(PrefixParser.parse(prefixText, t -> classOf(t) >= 0), topK);
    }

    /**
     * The probability of every next item after {@code prefix} (tokens or labels, oldest first),
     * most probable first, limited to {@code topK} (0 or less = all). Unknown tokens are skipped
     * and reported; a prefix longer than max length keeps its most recent items. When the model
     * {@link #excludesSeen() excludes seen items}, every item of the typed prefix (also those
     * beyond max length) is left out of the ranking; the others keep the model's probabilities
     * (not renormalised).
     */
    public Prediction predict(List<String> prefix, int topK) {
        return read(prefix, topK).prediction();
    }

    /**
     * A prediction with the LSTM state its probabilities came from (zeros when nothing was known) and the rank
     * of every item (null when nothing was known).
     */
    record Reading(Prediction prediction, LstmState state, ItemRanks ranks) {
    }

    /** {@link #predict(List, int)} with the LSTM state it read: the one code path of both. */
    Reading read(List<String> prefix, int topK) {
        List<String> unknown = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (String t : prefix) {
            int c = classOf(t);
            if (c < 0) {
                unknown.add(t);
            } else {
                ids.add(c + 1);
                used.add(vocabulary.token(c + 1));
            }
        }
        if (ids.isEmpty()) {
            return new Reading(new Prediction(List.of(), List.of(), unknown, 0, excludesSeen, List.of()),
                    new LstmState(new float[config.units()], new float[config.units()]), null);
        }
        int keep = Math.min(ids.size(), config.maxLength());
        int truncated = ids.size() - keep;
        int[] window = ids.subList(truncated, ids.size()).stream().mapToInt(Integer::intValue).toArray();
        LstmState state = inference.state(layout.arrange(window, config.maxLength()));
        return reading(state, inference.probabilities(state.hidden()), ids, used.subList(truncated, used.size()),
                unknown, truncated, topK);
    }

    /**
     * {@link #read} of {@code prefix} up to and including each of its items (all known), oldest first,
     * with the same numbers: when the network reads the prefix unpadded and it fits in max length, the
     * state after item k is the same arithmetic whether the LSTM stops there or goes on, so one pass
     * over the prefix gives every step (20 items: one LSTM pass instead of twenty).
     */
    List<Reading> readEach(List<String> prefix, int topK) {
        return readEach(prefix, topK, 0, null);
    }

    /**
     * {@link #readEach(List, int)} of the items after the first {@code from}, going on from {@code after}, the
     * state {@link #readEach} gave after item {@code from} (ignored when {@code from} is 0), with the same numbers.
     */
    List<Reading> readEach(List<String> prefix, int topK, int from, LstmState after) {
        List<Integer> ids = new ArrayList<>(prefix.size());
        for (String t : prefix) {
            int c = classOf(t);
            if (c < 0) {
                throw new IllegalArgumentException("unknown item " + t);
            }
            ids.add(c + 1);
        }
        List<Reading> readings = new ArrayList<>(ids.size() - from);
        if (!readsOnePass(ids.size())) {
            for (int i = from + 1; i <= prefix.size(); i++) {
                readings.add(read(prefix.subList(0, i), topK));
            }
            return readings;
        }
        int[] rest = ids.subList(from, ids.size()).stream().mapToInt(Integer::intValue).toArray();
        float[][][] steps = from == 0 ? inference.steps(rest) : inference.steps(rest, after.hidden(), after.cell());
        float[][] probabilities = inference.probabilities(steps[0]);
        List<String> used = ids.stream().map(vocabulary::token).toList();
        for (int i = from; i < ids.size(); i++) {
            readings.add(reading(new LstmState(steps[0][i - from], steps[1][i - from]), probabilities[i - from],
                    ids.subList(0, i + 1), used.subList(0, i + 1), List.of(), 0, topK));
        }
        return readings;
    }

    /**
     * Whether {@link #readEach} reads a prefix of {@code length} known items in one pass, step after step: when
     * the network reads it unpadded and it fits in max length (then the state after an item does not depend on
     * what follows it, so steps already read can be gone on from).
     */
    boolean readsOnePass(int length) {
        return layout == InputLayout.UNPADDED && length <= config.maxLength();
    }

    private Reading reading(LstmState state, float[] p, List<Integer> ids, List<String> used, List<String> unknown,
                            int truncated, int topK) {
        boolean[] skip = new boolean[p.length];
        List<String> excluded = new ArrayList<>();
        if (excludesSeen) {
            for (int id : ids) {
                if (!skip[id - 1]) {
                    skip[id - 1] = true;
                    excluded.add(vocabulary.token(id));
                }
            }
        }
        return new Reading(new Prediction(rank(p, topK, skip), used, unknown, truncated, excludesSeen, excluded),
                state, new ItemRanks(this, p, skip));
    }

    /** Ranks class probabilities into items, most probable first (ties: lower id first). */
    public List<ScoredItem> rank(float[] probabilities, int topK) {
        return rank(probabilities, topK, new boolean[probabilities.length]);
    }

    /** Ranks the classes not marked in {@code skip} into items, most probable first (ties: lower id first). */
    List<ScoredItem> rank(float[] probabilities, int topK, boolean[] skip) {
        int[] classes = TopClasses.of(probabilities, topK, skip);
        List<ScoredItem> items = new ArrayList<>(classes.length);
        for (int r = 0; r < classes.length; r++) {
            String token = vocabulary.token(classes[r] + 1);
            items.add(new ScoredItem(r + 1, token, labels.display(token), probabilities[classes[r]]));
        }
        return items;
    }
}
