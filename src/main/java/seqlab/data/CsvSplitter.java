package seqlab.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of delimited text into fields, honouring double quotes ({@code ""} escapes a quote),
 * and quotes fields for writing.
 */
public final class CsvSplitter {

    private CsvSplitter() {
    }

    /**
     * {@code field} as one comma-separated field (RFC 4180): in double quotes, with inner quotes doubled,
     * when it holds a comma, a quote, a line break or leading or trailing white space; as it is otherwise.
     */
    public static String quote(String field) {
        boolean plain = field.strip().length() == field.length();
        for (int i = 0; i < field.length() && plain; i++) {
            char c = field.charAt(i);
            plain = c != ',' && c != '"' && c != '\n' && c != '\r';
        }
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }

    /**
     * Splits {@code line} at {@code delimiter}.
     *
     * @throws IllegalArgumentException if a quoted field is not closed on this line
     */
    static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        fields.add(field.toString().trim());
        return fields;
    }

    /** The delimiter a header line uses: tab, semicolon, pipe or comma. */
    static char detectDelimiter(String header) {
        if (header.indexOf('\t') >= 0) {
            return '\t';
        }
        if (header.indexOf(';') >= 0 && header.indexOf(',') < 0) {
            return ';';
        }
        if (header.indexOf('|') >= 0 && header.indexOf(',') < 0) {
            return '|';
        }
        return ',';
    }
}
