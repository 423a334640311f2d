package seqlab.ui.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import seqlab.data.DataException;
import seqlab.data.ItemLabels;
import seqlab.ui.common.UiText;

public record BundledSample(String titleKey, String fileName, String sequencesResource, String labelsResource) {

    public static final BundledSample TOY = new BundledSample("data.sample.toy", "toy.txt",
            "/seqlab/samples/toy.txt", null);
    public static final BundledSample MARGARINE = new BundledSample("data.sample.margarine", "sequences.txt",
            "/seqlab/samples/margarine/sequences.txt", "/seqlab/samples/margarine/items.csv");
    public static final BundledSample MOVIELENS = new BundledSample("data.sample.movielens", "ratings.csv",
            "/seqlab/samples/movielens-small/ratings.csv", "/seqlab/samples/movielens-small/movies.csv");

    public static List<BundledSample> all() {
        return List.of(TOY, MARGARINE, MOVIELENS);
    }

    public static BundledSample byKey(String key) {
        return all().stream().filter(s -> s.sequencesResource().contains(key)).findFirst().orElse(TOY);
    }

    /** The sample's name in the interface's language. */
    public String title() {
        return UiText.get(titleKey);
    }

    public String text() {
        return new String(bytes(sequencesResource), StandardCharsets.UTF_8);
    }

    public ItemLabels labels() {
        if (labelsResource == null) {
            return ItemLabels.none();
        }
        try {
            // under its own name, which the labels report names ("movies.csv line 8478: ...")
            Path dir = Files.createTempDirectory("seqlab-labels-");
            Path tmp = dir.resolve(Path.of(labelsResource).getFileName().toString());
            try {
                Files.write(tmp, bytes(labelsResource));
                return ItemLabels.read(tmp);
            } finally {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = BundledSample.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DataException(resource + ": bundled sample missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
