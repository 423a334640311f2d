package seqlab.data;

import java.util.List;

/**
 * A long table as read: the sequences and what the reader decided on the way, for a user to check.
 *
 * @param data           the sequences, with the rows not used
 * @param columns        the header's column names
 * @param delimiter      the field delimiter used
 * @param sequenceColumn the column that grouped the rows
 * @param itemColumn     the item column
 * @param timeColumn     the column that ordered the rows, or null (file order)
 * @param timeNote       what the times were read as ("times read as dates dd/MM/yyyy (day first: ...)"), or
 *                       "no time column: rows keep their file order"
 * @param labels         item labels from the label column ({@link ItemLabels#none()} without one)
 */
public record TableRead(SequenceData data, List<String> columns, char delimiter, String sequenceColumn,
                        String itemColumn, String timeColumn, String timeNote, ItemLabels labels) {

    public TableRead {
        columns = List.copyOf(columns);
    }
}
