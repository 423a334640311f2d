package seqlab.data;

/**
 * How to read a sequence file.
 *
 * @param format         the file layout, or {@link Format#AUTO} to detect it from the first line
 * @param sequenceColumn long tables: the column that groups rows into sequences (null = detect)
 * @param itemColumn     long tables: the item column (null = detect)
 * @param timeColumn     long tables: the column that orders rows within a sequence (null = detect,
 *                       {@code ""} = none: keep file order)
 */
public record ReadOptions(Format format, String sequenceColumn, String itemColumn, String timeColumn) {

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
        return sequenceColumn != null || itemColumn != null || (timeColumn != null && !timeColumn.isEmpty());
    }
}
