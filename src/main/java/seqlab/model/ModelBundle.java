package seqlab.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import seqlab.data.DataException;
import seqlab.data.DataFingerprint;
import seqlab.data.ItemLabels;
import seqlab.data.OutputFile;
import seqlab.data.Vocabulary;
import seqlab.eval.MarkovBaseline;
import seqlab.eval.MetricsReport;
import seqlab.eval.PopularityBaseline;

/**
 * Saves and loads a {@link TrainedModel} as one zip file: the network's parameters
 * ({@code network.zip}, DL4J's format) and everything else as JSON ({@code seqlab.json}).
 * Saving writes a temporary file and moves it into place, so a failed save never destroys an
 * existing model.
 */
public final class ModelBundle {

    /** Identifies the file format. */
    public static final String FORMAT = "seqlab-model";
    /** The format version this build writes and reads. */
    public static final int VERSION = 1;
    private static final String NETWORK_ENTRY = "network.zip";
    private static final String DOCUMENT_ENTRY = "seqlab.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

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
                    Boolean excludesSeen) {
    }

    /** Saves {@code model} to {@code file}. */
    public static void save(TrainedModel model, Path file) throws IOException {
        Vocabulary vocab = model.vocabulary();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String t : vocab.tokens()) {
            model.labels().labelOf(t).ifPresent(l -> labels.put(t, l));
        }
        Document doc = new Document(FORMAT, VERSION, model.config(), vocab.tokens(), vocab.hasRare(), labels,
                model.popularity().counts(), model.markov().successors(), model.markov().successorCounts(),
                model.history(), model.test(), model.trainedOn(), model.excludesSeen());
        ByteArrayOutputStream network = new ByteArrayOutputStream();
        ModelSerializer.writeModel(model.network(), network, false);
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bundle)) {
            zip.putNextEntry(new ZipEntry(DOCUMENT_ENTRY));
            zip.write(JSON.writeValueAsBytes(doc));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(NETWORK_ENTRY));
            network.writeTo(zip);
            zip.closeEntry();
        }
        OutputFile.write(file, bundle.toByteArray());
    }

    /**
     * Loads a model.
     *
     * @throws DataException when the file is missing, not a SeqLab model, from another version, or damaged
     */
    public static TrainedModel load(Path file) {
        byte[] document = null;
        byte[] network = null;
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals(DOCUMENT_ENTRY)) {
                    document = zip.readAllBytes();
                } else if (e.getName().equals(NETWORK_ENTRY)) {
                    network = zip.readAllBytes();
                }
            }
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": file not found");
        } catch (ZipException e) {
            throw new DataException(file + ": not a SeqLab model file (damaged: " + e.getMessage() + ")");
        } catch (IOException e) {
            throw new DataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (document == null || network == null) {
            throw new DataException(file + ": not a SeqLab model file (expected a zip holding " + DOCUMENT_ENTRY
                    + " and " + NETWORK_ENTRY + ")");
        }
        Document doc;
        try {
            doc = JSON.readValue(document, Document.class);
        } catch (IOException e) {
            throw new DataException(file + ": damaged model description (" + e.getMessage() + ")");
        }
        if (!FORMAT.equals(doc.format())) {
            throw new DataException(file + ": not a SeqLab model file (format '" + doc.format() + "')");
        }
        if (doc.version() != VERSION) {
            throw new DataException(file + ": model format version " + doc.version() + ", but this SeqLab reads version "
                    + VERSION + "; retrain the model with this version");
        }
        MultiLayerNetwork net;
        try {
            net = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(network), false);
        } catch (IOException | RuntimeException e) {
            throw new DataException(file + ": damaged network parameters (" + e.getMessage() + ")");
        }
        Vocabulary vocab = Vocabulary.of(doc.tokens(), doc.hasRare());
        PopularityBaseline popularity = new PopularityBaseline(doc.popularity());
        MarkovBaseline markov = new MarkovBaseline(popularity, doc.successors(), doc.successorCounts());
        return new TrainedModel(net, doc.config(), vocab, new ItemLabels(doc.labels(), List.of()), popularity, markov,
                doc.history(), doc.test(), doc.trainedOn(), Boolean.TRUE.equals(doc.excludesSeen()));
    }
}
