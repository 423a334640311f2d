package seqlab.data;

import java.nio.file.Path;

/**
 * A problem with user input (a file, a column, a token, a setting) that the user can fix.
 * The message names the source and, where known, the line.
 */
public class DataException extends RuntimeException {

    /** Creates an exception with a complete, user-readable message. */
    public DataException(String message) {
        super(message);
    }

    /** Creates an exception whose message reads {@code file:line: problem}. */
    public static DataException at(String source, int line, String problem) {
        return new DataException(source + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    /** Creates an exception whose message reads {@code file:line: problem}. */
    public static DataException at(Path file, int line, String problem) {
        return at(file.toString(), line, problem);
    }
}
