package seqlab.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import com.fasterxml.jackson.databind.ObjectMapper;

import seqlab.data.ArchiveReader;
import seqlab.data.DataException;
import seqlab.data.DataFingerprint;
import seqlab.data.ItemLabels;
import seqlab.data.JsonCodec;
import seqlab.data.OutputFile;
import seqlab.data.SequenceHashes;
import seqlab.data.Vocabulary;
import seqlab.eval.FollowerCounts;
import seqlab.eval.MarkovBaseline;
import seqlab.eval.MetricsReport;
import seqlab.eval.PopularityBaseline;

/**
 * Saves and loads a {@link TrainedModel} as one zip file: the network's parameters
 * ({@code network.zip}, DL4J's format), everything else as JSON ({@code seqlab.json}) and the
 * hashes of the sequences it was trained on ({@code training-sequences.bin}, see
 * {@link SequenceHashes}; bundles written before it lack it and load without it). Loading reads
 * through {@link ArchiveReader}: the description first (at most {@link ArchiveReader#MAX_RATIO}
 * times its compressed size), then the network, at most what the description's settings and item
 * count need, and checks that everything agrees before anything is used. Saving writes a
 * temporary file and moves it into place, so a failed save never destroys an existing model.
 * {@link #write} and {@link #read} do the same on streams (a model inside an experiment file).
 */
public final class ModelBundle {

    /** Identifies the file format. */
    public static final String FORMAT = "seqlab-model";
    /** The format version this build writes and reads. */
    public static final int VERSION = 1;
    private static final String NETWORK_ENTRY = "network.zip";
    private static final String DOCUMENT_ENTRY = "seqlab.json";
    /** Hashes of the sequences the model trained on ({@link SequenceHashes}); older bundles lack it. */
    private static final String TRAINING_ENTRY = "training-sequences.bin";
    /** What followed which context in training ({@link FollowerCounts}); older bundles lack it. */
    private static final String FOLLOWERS_ENTRY = "followers.bin";
    /** The optimizer state to continue training ({@link OptimizerState}); optional, older bundles lack it. */
    private static final String OPTIMIZER_ENTRY = "optimizer.bin";
    private static final String CONFIGURATION = "configuration.json";
    private static final String COEFFICIENTS = "coefficients.bin";
    /** Room for the network's description and zip headers beside its parameters. */
    private static final long NETWORK_SLACK = 2L << 20;
    /** Room for the coefficients' header (shape and types) beside the values. */
    private static final long COEFFICIENTS_HEADER = 4096;
    private static final ObjectMapper JSON = JsonCodec.mapper();

    private ModelBundle() {
    }

    /**
     * Everything but the network, as stored. {@code excludesSeen} is the model's seen-items rule;
     * bundles written before it existed lack it (null) and were evaluated ranking every item, so
     * they load as ranking every item.
     */
    record Document(String format, int version, ModelConfig config, List<String> tokens, boolean hasRare,
                    Map<String, String> labels, long[] popularity, int[][] successors, int[][] successorCounts,
                    List<EpochMetrics> history, Map<String, MetricsReport> test, DataFingerprint trainedOn,
                    Boolean excludesSeen, Integer trainingSequences) {
    }

    /** Saves {@code model} to {@code file} without optimizer state. */
    public static void save(TrainedModel model, Path file) throws IOException {
        save(model, null, file);
    }

    /**
     * Saves {@code model} and, when {@code optimizer} is not null, the optimizer state that
     * continues its training ({@code optimizer.bin}: the update count, the last learning rate and
     * the Adam moments, see {@link OptimizerState}).
     */
    public static void save(TrainedModel model, OptimizerState optimizer, Path file) throws IOException {
        save(model, optimizer, null, file);
    }

    /**
     * {@link #save(TrainedModel, OptimizerState, Path)} with, when {@code epochs} is not null, the model of each
     * epoch of its run ({@code epochs/epoch-0007.bin}, each one as large as the network's weights), for looking back
     * at how it learned after opening it ({@link #loadEpochs}).
     */
    public static void save(TrainedModel model, OptimizerState optimizer, EpochSnapshots epochs, Path file)
            throws IOException {
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        write(model, optimizer, epochs, bundle);
        OutputFile.write(file, bundle.toByteArray());
    }

    /**
     * Writes {@code model} and, when {@code optimizer} is not null, its optimizer state to {@code out} as a
     * bundle, the bytes {@link #save} puts in a file; {@code out} stays open.
     */
    public static void write(TrainedModel model, OptimizerState optimizer, OutputStream out) throws IOException {
        write(model, optimizer, null, out);
    }

    /** {@link #write(TrainedModel, OptimizerState, OutputStream)} with the run's epochs when not null. */
    public static void write(TrainedModel model, OptimizerState optimizer, EpochSnapshots epochs, OutputStream out)
            throws IOException {
        Vocabulary vocab = model.vocabulary();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String t : vocab.tokens()) {
            model.labels().labelOf(t).ifPresent(l -> labels.put(t, l));
        }
        Document doc = new Document(FORMAT, VERSION, model.config(), vocab.tokens(), vocab.hasRare(), labels,
                model.popularity().counts(), model.markov().successors(), model.markov().successorCounts(),
                model.history(), model.test(), model.trainedOn(), model.excludesSeen(),
                model.trainingSequences() == null ? null : model.trainingSequences().size());
        ByteArrayOutputStream network = new ByteArrayOutputStream();
        ModelSerializer.writeModel(model.network(), network, false);
        try (ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out))) {
            zip.putNextEntry(new ZipEntry(DOCUMENT_ENTRY));
            zip.write(JSON.writeValueAsBytes(doc));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(NETWORK_ENTRY));
            network.writeTo(zip);
            zip.closeEntry();
            if (model.trainingSequences() != null) {
                zip.putNextEntry(new ZipEntry(TRAINING_ENTRY));
                zip.write(model.trainingSequences().toBytes());
                zip.closeEntry();
            }
            writeFollowers(zip, model);
            if (optimizer != null) {
                zip.putNextEntry(new ZipEntry(OPTIMIZER_ENTRY));
                zip.write(optimizerBytes(optimizer));
                zip.closeEntry();
            }
            if (epochs != null) {
                EpochEntries.write(zip, epochs);
            }
        }
    }

    /** Passes writes on, but not close: the bundle ends, the stream it was written to goes on. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /**
     * What continues training the model in {@code file}: the model, its optimizer state and the
     * epochs its history holds. A bundle without optimizer state (saved before SeqLab stored it,
     * or without it) gives a continuation whose state is null: training goes on from the weights
     * with a fresh optimizer, which {@link #optimizerNote} says.
     *
     * @throws DataException as {@link #load(Path)}, or when the optimizer state is damaged or does
     *                       not fit the network
     */
    public static Continuation loadContinuation(Path file) {
        TrainedModel model = load(file);
        return Continuation.of(model, loadOptimizer(file, model));
    }

    /**
     * The optimizer state saved with {@code model} in {@code file} (as {@link #loadContinuation} reads it), or
     * null when the file holds none.
     *
     * @throws DataException when the file cannot be read or the state is damaged or does not fit the model
     */
    public static OptimizerState loadOptimizer(Path file, TrainedModel model) {
        try (ArchiveReader zip = ArchiveReader.open(file, file.toString(), "SeqLab model file")) {
            return optimizer(zip, model.config(), model.vocabulary().size());
        }
    }

    /**
     * The models of the epochs saved with {@code model} in {@code file} (see
     * {@link #save(TrainedModel, OptimizerState, EpochSnapshots, Path)}), or null when it holds none. The caller
     * closes them.
     *
     * @throws DataException when the file cannot be read or an epoch's entry is damaged or does not fit the model
     */
    public static EpochSnapshots loadEpochs(Path file, TrainedModel model) {
        try (ArchiveReader zip = ArchiveReader.open(file, file.toString(), "SeqLab model file")) {
            return EpochEntries.read(zip, model);
        }
    }

    /** A sentence for the log about the optimizer state a continuation starts from. */
    public static String optimizerNote(Continuation from) {
        return from.state() == null
                ? "the model file holds no optimizer state (saved before SeqLab stored it): training continues"
                    + " from its weights with a fresh optimizer (Adam's moments start at zero)"
                : "training continues with the optimizer state saved in the model file (" + from.state().iterations()
                    + " updates)";
    }

    private static byte[] optimizerBytes(OptimizerState state) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeInt(state.iterations());
        out.writeDouble(state.learningRate());
        for (INDArray a : new INDArray[]{state.updater(), state.head()}) {
            out.writeBoolean(a != null);
            if (a != null) {
                Nd4j.write(a.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT), out);
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** The optimizer state, or null for a bundle without one; its sizes checked against the network's. */
    private static OptimizerState optimizer(ArchiveReader zip, ModelConfig config, int items) {
        if (!zip.has(OPTIMIZER_ENTRY)) {
            return null;
        }
        long parameters = parameters(config, items);
        byte[] bytes = zip.read(OPTIMIZER_ENTRY, 2 * parameters * Float.BYTES + 2 * COEFFICIENTS_HEADER + 64,
                "the optimizer state of " + String.format("%,d", parameters) + " parameters");
        OptimizerState state;
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            int iterations = in.readInt();
            double rate = in.readDouble();
            INDArray updater = in.readBoolean() ? Nd4j.read(in) : null;
            INDArray head = in.readBoolean() ? Nd4j.read(in) : null;
            state = new OptimizerState(updater, head, iterations, rate);
        } catch (IOException | RuntimeException e) {
            throw zip.problem(OPTIMIZER_ENTRY, "damaged (" + (endedEarly(e)
                    ? "cut short: it ends before the optimizer state it lists" : firstLine(e)) + ")");
        }
        long softmax = (long) config.units() * items + items;
        long updater = state.updater() == null ? 0 : state.updater().length();
        long head = state.head() == null ? 0 : state.head().length();
        boolean windows = config.formulation() == Formulation.WINDOWS;
        zip.check(state.iterations() >= 0, OPTIMIZER_ENTRY, "a negative update count (" + state.iterations() + ")");
        zip.check(windows ? head == 2 * softmax : head == 0, OPTIMIZER_ENTRY, "holds " + head
                + " softmax moments, the model needs " + (windows ? 2 * softmax : 0));
        zip.check(updater + head == 2 * parameters, OPTIMIZER_ENTRY, "holds " + (updater + head)
                + " moments, the network's " + parameters + " parameters need " + 2 * parameters);
        return state;
    }

    /**
     * Loads a model.
     *
     * @throws DataException when the file is missing, not a SeqLab model, from another version,
     *                       damaged or inconsistent, naming the file, the entry and the problem
     */
    public static TrainedModel load(Path file) {
        return load(file, file.toString());
    }

    /**
     * Loads a model from {@code file}, naming it {@code name} in messages (a model inside an
     * experiment file is named after the experiment file and its entry).
     *
     * @throws DataException when the file is missing, not a SeqLab model, from another version,
     *                       damaged or inconsistent
     */
    public static TrainedModel load(Path file, String name) {
        try (ArchiveReader zip = ArchiveReader.open(file, name, "SeqLab model file")) {
            return load(zip);
        }
    }

    /**
     * Reads a model from the bundle {@code in} yields to its end (as {@link #write} writes it), naming it
     * {@code name} in messages; {@code in} stays open. It is checked as {@link #load(Path)} checks a file.
     *
     * @throws DataException when the stream cannot be read, is cut short or damaged, is not a SeqLab model,
     *                       from another version, or inconsistent
     */
    public static TrainedModel read(InputStream in, String name) {
        try (ArchiveReader zip = ArchiveReader.read(in, name, "SeqLab model file")) {
            return load(zip);
        }
    }

    private static TrainedModel load(ArchiveReader zip) {
        String name = zip.name();
        if (!zip.has(DOCUMENT_ENTRY) || !zip.has(NETWORK_ENTRY)) {
            throw new DataException(name + ": not a SeqLab model file (expected a zip holding " + DOCUMENT_ENTRY
                    + " and " + NETWORK_ENTRY + ")");
        }
        Document doc = zip.json(DOCUMENT_ENTRY, zip.limitByRatio(DOCUMENT_ENTRY, ArchiveReader.DOCUMENT_CEILING),
                JSON, Document.class);
        if (!FORMAT.equals(doc.format())) {
            throw new DataException(name + ": not a SeqLab model file (format '" + doc.format() + "')");
        }
        if (doc.version() != VERSION) {
            throw new DataException(name + ": model format version " + doc.version() + ", but this SeqLab reads"
                    + " version " + VERSION + "; retrain the model with this version");
        }
        Checked c = check(zip, doc);
        long parameters = parameters(c.config(), c.vocabulary().size());
        byte[] network = zip.read(NETWORK_ENTRY, parameters * Float.BYTES + NETWORK_SLACK,
                "the network these settings describe (" + String.format("%,d", parameters) + " parameters)");
        MultiLayerNetwork net = network(name + ": " + NETWORK_ENTRY, network, c.config(), c.vocabulary().size(),
                parameters);
        SequenceHashes trainedSequences = trainingSequences(zip, doc);
        FollowerCounts followers = followers(zip, c.vocabulary().size());
        try {
            return new TrainedModel(net, c.config(), c.vocabulary(), new ItemLabels(c.labels(), List.of()),
                    c.popularity(), c.markov(), c.history(), c.test(), doc.trainedOn(),
                    Boolean.TRUE.equals(doc.excludesSeen())).withTrainingSequences(trainedSequences)
                    .withFollowers(followers);
        } catch (RuntimeException e) {
            throw zip.problem(NETWORK_ENTRY, "not the network a SeqLab model has (" + firstLine(e) + ")");
        }
    }

    /** What {@link #check} found valid. */
    private record Checked(ModelConfig config, Vocabulary vocabulary, Map<String, String> labels,
                           PopularityBaseline popularity, MarkovBaseline markov, List<EpochMetrics> history,
                           Map<String, MetricsReport> test) {
    }

    /** Checks everything the description says before any of it is used. */
    private static Checked check(ArchiveReader zip, Document doc) {
        String e = DOCUMENT_ENTRY;
        ModelConfig config = zip.present(doc.config(), e, "config");
        requireValid(zip, e, "config", config);
        List<String> tokens = zip.present(doc.tokens(), e, "tokens");
        zip.check(!tokens.isEmpty(), e, "the item list ('tokens') is empty");
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            zip.check(t != null && !t.isEmpty(), e, "item " + (i + 1) + " of 'tokens' is empty");
            zip.check(distinct.add(t), e, "item '" + t + "' is listed twice in 'tokens'");
        }
        int items = tokens.size();
        zip.check(!doc.hasRare() || Vocabulary.RARE_TOKEN.equals(tokens.get(items - 1)), e,
                "'hasRare' is set but the last item is not " + Vocabulary.RARE_TOKEN);
        long[] popularity = zip.present(doc.popularity(), e, "popularity");
        zip.check(popularity.length == items, e, "'popularity' has " + popularity.length + " counts for "
                + items + " items");
        for (long p : popularity) {
            zip.check(p >= 0, e, "'popularity' holds a negative count (" + p + ")");
        }
        int[][] successors = zip.present(doc.successors(), e, "successors");
        int[][] counts = zip.present(doc.successorCounts(), e, "successorCounts");
        zip.check(successors.length == items && counts.length == items, e, "'successors' and 'successorCounts' have "
                + successors.length + " and " + counts.length + " rows for " + items + " items");
        for (int i = 0; i < items; i++) {
            zip.check(successors[i] != null && counts[i] != null && successors[i].length == counts[i].length, e,
                    "row " + i + " of 'successors' and 'successorCounts' do not match");
            for (int k = 0; k < successors[i].length; k++) {
                zip.check(successors[i][k] >= 0 && successors[i][k] < items && counts[i][k] >= 0, e,
                        "row " + i + " of 'successors' names item " + successors[i][k] + " (there are " + items
                        + ") or a negative count");
            }
        }
        Map<String, String> labels = doc.labels() == null ? Map.of() : doc.labels();
        for (var l : labels.entrySet()) {
            zip.check(l.getKey() != null && l.getValue() != null, e, "a label in 'labels' is empty");
        }
        List<EpochMetrics> history = doc.history() == null ? List.of() : doc.history();
        zip.check(history.stream().noneMatch(java.util.Objects::isNull), e, "'history' holds an empty epoch");
        Map<String, MetricsReport> test = doc.test() == null ? Map.of() : doc.test();
        zip.check(test.values().stream().allMatch(r -> r != null && r.values() != null), e,
                "'test' holds an empty report");
        if (doc.trainedOn() != null) {
            zip.check(doc.trainedOn().sha256() != null && doc.trainedOn().sequences() >= 0, e,
                    "'trainedOn' is incomplete");
        }
        PopularityBaseline pop = new PopularityBaseline(popularity);
        return new Checked(config, Vocabulary.of(tokens, doc.hasRare()), labels, pop,
                new MarkovBaseline(pop, successors, counts), history, test);
    }

    /**
     * Refuses settings read from {@code entry} of a file that {@link ModelConfig#problems()}
     * finds wrong, naming the first wrong setting.
     *
     * @throws DataException "file: entry: impossible setting 'units' in field: message"
     */
    public static void requireValid(ArchiveReader zip, String entry, String field, ModelConfig config) {
        List<ConfigProblem> problems = config.problems();
        if (!problems.isEmpty()) {
            ConfigProblem p = problems.get(0);
            throw zip.problem(entry, "impossible setting '" + p.setting().key() + "' in '" + field + "': "
                    + p.message() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
    }

    /**
     * The number of parameters of the network for {@code items} items: embedding (padding
     * included), LSTM (four gates), softmax (weights and biases).
     */
    static long parameters(ModelConfig c, int items) {
        long e = c.embeddingDim();
        long u = c.units();
        return (items + 1L) * e + 4 * u * (e + u + 1) + u * items + items;
    }

    private static MultiLayerNetwork network(String name, byte[] bytes, ModelConfig config, int items,
                                             long parameters) {
        Map<String, byte[]> entries = ArchiveReader.unpack(bytes, name, entry -> entry.equals(COEFFICIENTS)
                ? parameters * Float.BYTES + COEFFICIENTS_HEADER : ArchiveReader.MIN_LIMIT);
        byte[] json = entries.get(CONFIGURATION);
        byte[] coefficients = entries.get(COEFFICIENTS);
        if (json == null || coefficients == null) {
            throw new DataException(name + ": damaged network (expected " + CONFIGURATION + " and " + COEFFICIENTS
                    + ")");
        }
        MultiLayerConfiguration conf;
        try {
            conf = MultiLayerConfiguration.fromJson(new String(json, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new DataException(name + ": damaged network description (" + firstLine(e) + ")");
        }
        if (conf.getConfs().size() != 3) {
            throw new DataException(name + ": the network has " + conf.getConfs().size() + " layers; a SeqLab model has 3");
        }
        long declared = 0;
        for (var layer : conf.getConfs()) {
            declared += layer.getLayer().initializer().numParams(layer);
        }
        long outputs = conf.getConf(NetworkFactory.OUTPUT).getLayer() instanceof FeedForwardLayer f ? f.getNOut() : -1;
        if (outputs != items) {
            throw new DataException(name + ": the network predicts " + outputs + " items but the model lists " + items
                    + " (seqlab.json and network.zip do not belong together)");
        }
        if (declared != parameters) {
            throw new DataException(name + ": the network has " + declared + " parameters but the model's settings need "
                    + parameters + " (seqlab.json and network.zip do not belong together)");
        }
        long stored = storedValues(name, coefficients);
        if (stored != parameters) {
            throw new DataException(name + ": " + COEFFICIENTS + " holds " + stored + " values but the network needs "
                    + parameters + "; damaged");
        }
        try {
            INDArray params = Nd4j.read(new DataInputStream(new ByteArrayInputStream(coefficients)));
            conf.setDataType(params.dataType());
            MultiLayerNetwork net = new MultiLayerNetwork(conf);
            net.init(params, false);
            return net;
        } catch (RuntimeException e) {
            throw new DataException(name + ": damaged network parameters (" + firstLine(e) + ")");
        }
    }

    /**
     * The number of values ND4J's {@code Nd4j.write} format says {@code coefficients} holds (its
     * shape buffer, then its data buffer, each: allocation mode, length, type, values), checked
     * against the bytes actually there before anything is allocated from it.
     */
    private static long storedValues(String name, byte[] coefficients) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(coefficients));
            in.readUTF();
            long shapeLength = in.readLong();
            String shapeType = in.readUTF();
            int shapeBytes = shapeType.equals("LONG") ? 8 : shapeType.equals("INT") ? 4 : -1;
            if (shapeLength < 0 || shapeLength > 64 || shapeBytes < 0) {
                throw new IOException("shape of " + shapeLength + " " + shapeType + " values");
            }
            in.skipNBytes(shapeLength * shapeBytes);
            in.readUTF();
            long length = in.readLong();
            String type = in.readUTF();
            if (!type.equals("FLOAT")) {
                throw new IOException("values of type " + type + ", expected FLOAT");
            }
            if (length < 0 || in.available() != length * Float.BYTES) {
                throw new IOException("says " + length + " values but holds " + in.available() + " bytes");
            }
            return length;
        } catch (IOException e) {
            throw new DataException(name + ": " + COEFFICIENTS + " is damaged (" + firstLine(e) + ")");
        }
    }

    private static SequenceHashes trainingSequences(ArchiveReader zip, Document doc) {
        Integer count = doc.trainingSequences();
        if (count == null) {
            return null;
        }
        int most = doc.trainedOn() == null ? Integer.MAX_VALUE / SequenceHashes.BYTES_PER_SEQUENCE
                : doc.trainedOn().sequences();
        zip.check(count >= 0 && count <= most, DOCUMENT_ENTRY, "'trainingSequences' is " + count + " but the model"
                + " was trained on " + most + " sequences");
        zip.check(zip.has(TRAINING_ENTRY), TRAINING_ENTRY, "missing (seqlab.json says the model trained on " + count
                + " sequences)");
        byte[] bytes = zip.read(TRAINING_ENTRY, (long) count * SequenceHashes.BYTES_PER_SEQUENCE,
                count + " sequence hashes");
        zip.check(bytes.length == (long) count * SequenceHashes.BYTES_PER_SEQUENCE, TRAINING_ENTRY, "holds "
                + bytes.length + " bytes, not " + count + " hashes of " + SequenceHashes.BYTES_PER_SEQUENCE);
        try {
            return SequenceHashes.fromBytes(bytes);
        } catch (IllegalArgumentException e) {
            throw zip.problem(TRAINING_ENTRY, "damaged (" + e.getMessage() + ")");
        }
    }

    private static void writeFollowers(ZipOutputStream zip, TrainedModel model) throws IOException {
        if (model.followers() != null) {
            zip.putNextEntry(new ZipEntry(FOLLOWERS_ENTRY));
            zip.write(model.followers().toBytes());
            zip.closeEntry();
        }
    }

    /** The follower counts, or null for a bundle written before they were stored. */
    private static FollowerCounts followers(ArchiveReader zip, int items) {
        if (!zip.has(FOLLOWERS_ENTRY)) {
            return null;
        }
        byte[] bytes = zip.read(FOLLOWERS_ENTRY, FollowerCounts.maxBytes(), "the capped follower counts");
        try {
            return FollowerCounts.fromBytes(bytes, items);
        } catch (IllegalArgumentException e) {
            throw zip.problem(FOLLOWERS_ENTRY, "damaged (" + e.getMessage() + ")");
        }
    }

    static boolean endedEarly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
