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
 * second column). Rows that cannot be used are skipped and reported with their line: too few
 * or too many fields (an unquoted delimiter would shift the label), an empty id or label, an unclosed quote, and an id already labelled on an earlier line
 * (the first row of an id wins, as a label file lists each item once; the report names both lines).
 *
 * @param source  the file the labels came from (empty when not from a file)
 * @param labels  token to label
 * @param skipped rows that could not be used
 */
public record ItemLabels(String source, Map<String, String> labels, List<SkippedLine> skipped) {

    public ItemLabels {
        source = source == null ? "" : source;
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        skipped = List.copyOf(skipped);
    }

    /** Labels not read from a file. */
    public ItemLabels(Map<String, String> labels, List<SkippedLine> skipped) {
        this("", labels, skipped);
    }

    /** No labels. */
    public static ItemLabels none() {
        return new ItemLabels(Map.of(), List.of());
    }

    /** A few readable lines, as the command line prints them: the count and the rows skipped. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%s: %,d labels%s", source.isEmpty() ? "labels" : source, labels.size(),
                skipped.isEmpty() ? "" : String.format(", %,d row(s) skipped", skipped.size())));
        lines.addAll(SkippedLine.describe(skipped));
        return lines;
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
     * @throws DataException if the file is missing, empty, has fewer than two columns or no usable row
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
            Map<String, Integer> lineOfId = new HashMap<>();
            List<SkippedLine> skipped = new ArrayList<>();
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f;
                try {
                    f = CsvSplitter.split(line, delimiter);
                } catch (IllegalArgumentException e) {
                    skipped.add(new SkippedLine(lineNo, e.getMessage()));
                    continue;
                }
                String problem = f.size() <= labelCol
                        ? "has " + f.size() + " field(s); the label is column " + (labelCol + 1) + " ('"
                            + columns.get(labelCol) + "')"
                        : f.size() > columns.size() && f.subList(columns.size(), f.size()).stream()
                            .anyMatch(x -> !x.isEmpty())
                        ? "has " + f.size() + " field(s), the header has " + columns.size() + " (a value holding '"
                            + delimiter + "' needs double quotes)"
                        : f.get(0).isEmpty() ? "empty id"
                        : f.get(labelCol).isEmpty() ? "empty label for id '" + f.get(0) + "'" : null;
                if (problem != null) {
                    skipped.add(new SkippedLine(lineNo, problem));
                    continue;
                }
                String id = f.get(0);
                String label = f.get(labelCol);
                Integer earlier = lineOfId.putIfAbsent(id, lineNo);
                if (earlier == null) {
                    labels.put(id, label);
                } else if (labels.get(id).equals(label)) {
                    skipped.add(new SkippedLine(lineNo, "id '" + id + "' repeats line " + earlier + " (same label)"));
                } else {
                    skipped.add(new SkippedLine(lineNo, "id '" + id + "' is already labelled '" + labels.get(id)
                            + "' on line " + earlier + "; the first label is kept, this row's '" + label
                            + "' is not used"));
                }
            }
            if (labels.isEmpty()) {
                throw new DataException(file + ": no labels found" + (skipped.isEmpty() ? " (only a header)"
                        : " (" + skipped.size() + " row(s) skipped, first: line " + skipped.get(0).line() + ": "
                            + skipped.get(0).reason() + ")"));
            }
            return new ItemLabels(file.toString(), labels, skipped);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // reading a String cannot fail
        }
    }
}
