package seqlab.data;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns an I/O failure into one sentence that names the file and says what went wrong in words a
 * user can act on ("the disk is full", "permission denied"), instead of the bare path or the
 * operating system's terse text that Java's exceptions carry.
 */
public final class FileProblem {

    private FileProblem() {
    }

    /**
     * The message for {@code e}, raised while doing {@code action} (e.g. "write") to {@code file}.
     *
     * @return "FILE: cannot ACTION (REASON)"
     */
    public static String describe(Path file, String action, IOException e) {
        Path named = file;
        if (e instanceof FileSystemException fse && fse.getFile() != null && file == null) {
            named = Path.of(fse.getFile());
        }
        return (named == null ? "" : named + ": ") + "cannot " + action + " (" + reason(e) + ")";
    }

    /** A data exception with {@link #describe}'s message, keeping {@code e} as the cause. */
    public static DataException of(Path file, String action, IOException e) {
        DataException d = new DataException(describe(file, action, e));
        d.initCause(e);
        return d;
    }

    /** What went wrong, in words. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return "not found: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied for " + a.getFile();
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " is not a folder";
        }
        if (e instanceof CharacterCodingException) {
            return "the bytes are not valid text in the expected encoding";
        }
        String text = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return e.getClass().getSimpleName().replace("Exception", " error");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")) {
            return "the disk is full: free some space or choose another place";
        }
        if (lower.contains("quota")) {
            return "the disk quota is exceeded: free some space or choose another place";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only: choose another place";
        }
        if (lower.contains("permission denied") || lower.contains("access is denied")) {
            return "permission denied";
        }
        return text;
    }
}
