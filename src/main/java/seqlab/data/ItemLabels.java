package seqlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Display names for item tokens, read from an {@code id,label} file with a header (such as
 * MovieLens' {@code movies.csv}: the label column is the one named label, title or name, else the
 * second column).
 *
 * @param labels  token to label
 * @param skipped rows that could not be used
 */
public record ItemLabels(Map<String, String> labels, List<SkippedLine> skipped) {

    public ItemLabels {
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        skipped = List.copyOf(skipped);
    }

    /** No labels. */
    public static ItemLabels none() {
        return new ItemLabels(Map.of(), List.of());
    }

    /** The label of {@code token}, if one is known. */
    public Optional<String> labelOf(String token) {
        return Optional.ofNullable(labels.get(token));
    }

    /** The label of {@code token}, or the token itself. */
    public String display(String token) {
        return labels.getOrDefault(token, token);
    }

    /** A map from lower-cased label to token, for typing labels instead of ids. */
    public Map<String, String> tokensByLabel() {
        Map<String, String> byLabel = new HashMap<>();
        labels.forEach((token, label) -> byLabel.putIfAbsent(label.toLowerCase(Locale.ROOT), token));
        return byLabel;
    }

    /**
     * Reads a labels file.
     *
     * @throws DataException if the file is missing, empty or has fewer than two columns
     */
    public static ItemLabels read(Path file) {
        TextFile.Decoded decoded = TextFile.read(file);
        try (BufferedReader in = new BufferedReader(new StringReader(decoded.text()))) {
            String header = in.readLine();
            if (header == null || header.isBlank()) {
                throw new DataException(file + ": no data (the labels file is empty)");
            }
            char delimiter = CsvSplitter.detectDelimiter(header);
            List<String> columns;
            try {
                columns = CsvSplitter.split(header, delimiter);
            } catch (IllegalArgumentException e) {
                throw DataException.at(file, 1, e.getMessage());
            }
            if (columns.size() < 2) {
                throw DataException.at(file, 1, "a labels file needs two columns (id,label); the header has "
                        + columns.size());
            }
            int labelCol = 1;
            for (int i = 1; i < columns.size(); i++) {
                String c = columns.get(i).toLowerCase(Locale.ROOT);
                if (c.equals("label") || c.equals("title") || c.equals("name")) {
                    labelCol = i;
                    break;
                }
            }
            Map<String, String> labels = new LinkedHashMap<>();
            List<SkippedLine> skipped = new ArrayList<>();
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    List<String> f = CsvSplitter.split(line, delimiter);
                    if (f.size() <= labelCol || f.get(0).isEmpty()) {
                        skipped.add(new SkippedLine(lineNo, "no id or no label"));
                    } else {
                        labels.put(f.get(0), f.get(labelCol));
                    }
                } catch (IllegalArgumentException e) {
                    skipped.add(new SkippedLine(lineNo, e.getMessage()));
                }
            }
            return new ItemLabels(labels, skipped);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // reading a String cannot fail
        }
    }
}
