package seqlab.data;

import java.util.ArrayList;
import java.util.List;

/**
 * How to read a sequence file.
 *
 * @param format         the file layout, or {@link Format#AUTO} to detect it from the first line
 * @param sequenceColumn long tables: the column that groups rows into sequences (null = detect)
 * @param itemColumn     long tables: the item column (null = detect)
 * @param timeColumn     long tables: the column that orders rows within a sequence (null = detect,
 *                       {@code ""} = none: keep file order)
 * @param delimiter      long tables: the field delimiter (null = detect from the header: tab, semicolon, pipe or comma)
 * @param labelColumn    long tables: a column holding each item's display name (null = none), read as the
 *                       item labels
 */
public record ReadOptions(Format format, String sequenceColumn, String itemColumn, String timeColumn,
                          Character delimiter, String labelColumn) {

    /**
     * @throws DataException when a column is named for {@link Format#LINES}, which has no columns
     *                       (the header would otherwise be read as a sequence)
     */
    public ReadOptions {
        if (format == Format.LINES && (namesColumns(sequenceColumn, itemColumn, timeColumn) || labelColumn != null)) {
            List<String> named = new ArrayList<>();
            if (sequenceColumn != null) {
                named.add("sequence column '" + sequenceColumn + "'");
            }
            if (itemColumn != null) {
                named.add("item column '" + itemColumn + "'");
            }
            if (timeColumn != null && !timeColumn.isEmpty()) {
                named.add("time column '" + timeColumn + "'");
            }
            if (labelColumn != null) {
                named.add("label column '" + labelColumn + "'");
            }
            throw new DataException("columns apply only to tables (" + String.join(", ", named) + " named), but the"
                    + " format is lines (one sequence per line, no header, no columns): read the file as a table, or"
                    + " name no columns");
        }
    }

    /** Options with the delimiter detected and no label column. */
    public ReadOptions(Format format, String sequenceColumn, String itemColumn, String timeColumn) {
        this(format, sequenceColumn, itemColumn, timeColumn, null, null);
    }

    /** These options with {@code labelColumn} as the label column (null = none). */
    public ReadOptions withLabelColumn(String column) {
        return new ReadOptions(format, sequenceColumn, itemColumn, timeColumn, delimiter, column);
    }

    /** File layouts. */
    public enum Format {
        /** Detect: a first line naming a known column (user, item, timestamp, ...) means a table, otherwise lines. */
        AUTO,
        /** One sequence per line, items separated by spaces, commas or tabs. */
        LINES,
        /** A long CSV/TSV table with a header: one event per row. */
        TABLE
    }

    /** Detect everything. */
    public static ReadOptions auto() {
        return new ReadOptions(Format.AUTO, null, null, null);
    }

    /** Whether any column was named explicitly (which implies a table). */
    public boolean namesColumns() {
        return namesColumns(sequenceColumn, itemColumn, timeColumn) || labelColumn != null;
    }

    private static boolean namesColumns(String sequenceColumn, String itemColumn, String timeColumn) {
        return sequenceColumn != null || itemColumn != null || (timeColumn != null && !timeColumn.isEmpty());
    }
}
