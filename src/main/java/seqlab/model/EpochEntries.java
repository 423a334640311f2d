package seqlab.model;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import seqlab.data.ArchiveReader;
import seqlab.data.DataException;

/**
 * The models of a run's epochs inside its model bundle (opt-in): one entry per epoch,
 * {@code epochs/epoch-0007.bin}, holding that epoch's weights. Everything else an epoch's model
 * has (config, items, counts) is the bundle's own; its history is the bundle's up to that epoch.
 */
final class EpochEntries {

    static final String PREFIX = "epochs/epoch-";
    static final String SUFFIX = ".bin";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,9})" + Pattern.quote(SUFFIX));
    private static final long HEADER = 4096;

    private EpochEntries() {
    }

    static String entry(int epoch) {
        return String.format(Locale.ROOT, "%s%04d%s", PREFIX, epoch, SUFFIX);
    }

    /** Writes every epoch of {@code epochs} (reading spilled ones back one at a time). */
    static void write(ZipOutputStream zip, EpochSnapshots epochs) throws IOException {
        for (int epoch : epochs.epochs()) {
            INDArray params = epochs.model(epoch).params();
            try {
                zip.putNextEntry(new ZipEntry(entry(epoch)));
                DataOutputStream out = new DataOutputStream(zip);
                Nd4j.write(params.castTo(DataType.FLOAT), out);
                out.flush();
                zip.closeEntry();
            } finally {
                NativeArrays.close(params);
            }
        }
    }

    /**
     * The epochs stored with {@code model}, or null when the bundle holds none.
     *
     * @throws DataException naming the entry when one is damaged or does not fit the network
     */
    static EpochSnapshots read(ArchiveReader zip, TrainedModel model) {
        List<String> names = zip.entries(PREFIX, SUFFIX);
        if (names.isEmpty()) {
            return null;
        }
        long parameters = model.network().numParams();
        EpochSnapshots epochs = new EpochSnapshots();
        try {
            for (String name : names) {
                Matcher m = NAME.matcher(name);
                zip.check(m.matches(), name, "not an epoch's entry (expected " + entry(7) + ")");
                int epoch = Integer.parseInt(m.group(1));
                List<EpochMetrics> history = model.history().stream().filter(h -> h.epoch() <= epoch).toList();
                zip.check(!history.isEmpty() && history.get(history.size() - 1).epoch() == epoch, name,
                        "epoch " + epoch + " is not in the model's history");
                byte[] bytes = zip.read(name, parameters * Float.BYTES + HEADER,
                        "one epoch's " + String.format(Locale.ROOT, "%,d", parameters) + " weights");
                INDArray params;
                try {
                    params = Nd4j.read(new DataInputStream(new ByteArrayInputStream(bytes)));
                } catch (RuntimeException e) {
                    throw zip.problem(name, "damaged (" + (ModelBundle.endedEarly(e)
                            ? "cut short: it ends before the weights it lists" : e.getMessage()) + ")");
                }
                try {
                    zip.check(params.length() == parameters, name, "holds " + params.length()
                            + " weights, the network has " + parameters);
                    epochs.add(epoch, model.withParams(params, history));
                } finally {
                    NativeArrays.close(params);
                }
            }
        } catch (RuntimeException e) {
            epochs.close();
            throw e;
        }
        return epochs;
    }
}
