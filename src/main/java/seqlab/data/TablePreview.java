package seqlab.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The first rows of a table as split by its delimiter, with the columns the reader would detect, for
 * choosing columns before reading the whole table.
 *
 * @param columns        the header's column names
 * @param delimiter      the delimiter used (detected unless given)
 * @param rows           the first data rows' fields (rows that cannot be split are left out)
 * @param sequenceColumn the detected sequence column, or null
 * @param itemColumn     the detected item column, or null
 * @param timeColumn     the detected time column, or null
 */
public record TablePreview(List<String> columns, char delimiter, List<List<String>> rows, String sequenceColumn,
                           String itemColumn, String timeColumn) {

    public TablePreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows.stream().map(List::copyOf).toList());
    }

    /**
     * Splits the header and the first {@code maxRows} rows of {@code text}.
     *
     * @param delimiter the delimiter, or null to detect it from the header
     * @throws DataException when the text is empty or its first line has fewer than two columns (not a table)
     */
    public static TablePreview of(String text, Character delimiter, int maxRows) {
        List<String> head = text.lines().filter(l -> !l.isBlank()).limit(maxRows + 1L).toList();
        if (head.isEmpty()) {
            throw new DataException("the file is empty");
        }
        String header = head.get(0);
        char used = delimiter != null ? delimiter : CsvSplitter.detectDelimiter(header);
        List<String> columns;
        try {
            columns = CsvSplitter.split(header, used);
        } catch (IllegalArgumentException e) {
            throw new DataException("cannot read the first line as a header: " + e.getMessage());
        }
        if (columns.size() < 2) {
            throw new DataException("not a table: the first line ('" + abbreviate(header) + "') has no "
                    + name(used) + " between column names");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : head.subList(1, head.size())) {
            try {
                rows.add(CsvSplitter.split(line, used));
            } catch (IllegalArgumentException e) {
                // listed by the reader with its line
            }
        }
        List<String> detected = SequenceReader.detectColumns(columns);
        return new TablePreview(columns, used, rows, detected.get(0), detected.get(1), detected.get(2));
    }

    /** A delimiter's name: "comma", "semicolon", "tab", "pipe", or the character quoted. */
    public static String name(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
