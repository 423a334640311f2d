package seqlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import seqlab.data.DataException;
import seqlab.data.ItemLabels;
import seqlab.data.OrderKProcess;
import seqlab.data.ReadOptions;

/**
 * The data sets of {@code bench --quality}: the two bundled samples (read relative to the working
 * directory) and three synthetic order-k processes with fixed seeds, so every run sees the same data.
 */
final class QualityDataSets {

    static final List<String> NAMES = List.of("margarine", "movielens", "synthetic-1", "synthetic-2", "synthetic-3");

    /**
     * Items V of the synthetic process of each order k. Twenty keep HR@10 telling (it ranks half the
     * items); for k = 3 twelve keep the V<sup>k</sup> = 1,728 contexts covered by about 90 training
     * targets each at the default size (twenty would give 8,000 contexts).
     */
    static final Map<Integer, Integer> SYNTHETIC_ITEMS = Map.of(1, 20, 2, 20, 3, 12);

    private static final Map<String, List<Path>> FILES = Map.of(
            "margarine", List.of(Path.of("sample-data/margarine/sequences.txt"),
                    Path.of("sample-data/margarine/items.csv")),
            "movielens", List.of(Path.of("sample-data/movielens-small/ratings.csv"),
                    Path.of("sample-data/movielens-small/movies.csv")));

    /**
     * How much synthetic data to draw.
     *
     * @param sequences sequences per data set
     * @param length    items per sequence
     */
    record SyntheticSize(int sequences, int length) {
        static final SyntheticSize DEFAULT = new SyntheticSize(10_000, 20);
    }

    private QualityDataSets() {
    }

    /** The data sets {@code --only} names (comma-separated, in the order given), or all of them when null. */
    static List<String> select(String only) {
        if (only == null) {
            return NAMES;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : only.split(",", -1)) {
            String name = part.strip();
            if (!NAMES.contains(name)) {
                throw new UsageException("bench --quality: unknown data set '" + name + "' in --only (known: "
                        + String.join(", ", NAMES) + ")");
            }
            chosen.add(name);
        }
        return List.copyOf(chosen);
    }

    /**
     * Checks that the files of the named data sets exist, before any training starts.
     *
     * @param base the folder holding {@code sample-data} (the working directory: {@code Path.of("")})
     * @throws DataException naming the first missing file
     */
    static void requireFiles(List<String> names, Path base) {
        for (String name : names) {
            for (Path file : FILES.getOrDefault(name, List.of())) {
                Path path = base.resolve(file);
                if (!Files.isRegularFile(path)) {
                    throw new DataException(path + ": file not found (the quality report reads the bundled"
                            + " samples from sample-data/ in " + base.toAbsolutePath() + ")");
                }
            }
        }
    }

    /** Reads (from {@code base}) or generates the named data set. */
    static QualityData load(String name, SyntheticSize size, Path base) {
        List<Path> files = FILES.get(name);
        if (files != null) {
            return new QualityData(name, DataFiles.sequences(base.resolve(files.get(0)), ReadOptions.auto()),
                    DataFiles.labels(base.resolve(files.get(1))), null);
        }
        int order = Integer.parseInt(name.substring("synthetic-".length()));
        OrderKProcess process = process(order);
        return new QualityData(name, process.generate(size.sequences(), size.length(), 100L + order),
                ItemLabels.none(), process);
    }

    /** The synthetic process of order k (table seed k). */
    static OrderKProcess process(int order) {
        return OrderKProcess.random(order, SYNTHETIC_ITEMS.get(order), order);
    }
}
