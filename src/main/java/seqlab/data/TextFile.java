package seqlab.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file whatever its encoding: a byte-order mark picks UTF-8 or UTF-16 (and is
 * dropped, so it never becomes part of the first item); otherwise the bytes are read as UTF-8,
 * and when they are not valid UTF-8 (a CSV saved by a spreadsheet in Latin-1 or Windows-1252) as
 * Windows-1252, which {@link Decoded#encoding()} reports. Binary data and directories are refused.
 */
public final class TextFile {

    /** The encoding read unless a byte-order mark or invalid bytes say otherwise. */
    public static final String UTF_8 = "UTF-8";
    /** The encoding read when the bytes are not valid UTF-8. */
    public static final String WINDOWS_1252 = "windows-1252";

    private TextFile() {
    }

    /**
     * A file's text and the encoding it was read in.
     *
     * @param text     the text, without a byte-order mark
     * @param encoding {@link #UTF_8}, {@code UTF-16LE}, {@code UTF-16BE} or {@link #WINDOWS_1252}
     */
    public record Decoded(String text, String encoding) {

        /** A sentence on the encoding for a data summary, or empty for plain UTF-8. */
        public String note() {
            return encodingNote(encoding);
        }
    }

    /** A sentence on an encoding other than plain UTF-8, or empty. */
    public static String encodingNote(String encoding) {
        if (encoding == null || encoding.equals(UTF_8)) {
            return "";
        }
        return encoding.equals(WINDOWS_1252)
                ? "read as Windows-1252 (Latin-1): the file is not valid UTF-8"
                : "read as " + encoding + " (byte-order mark)";
    }

    /**
     * Reads {@code file}.
     *
     * @throws DataException naming the file when it is missing, a directory, unreadable or binary
     */
    public static Decoded read(Path file) {
        if (Files.isDirectory(file)) {
            throw new DataException(file + ": is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new DataException(file + ": not a regular file (a device or a pipe); give a file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            long limit = readLimit();
            if (size > limit) {
                throw new DataException(file + ": the file is " + megabytes(size) + "; this Java can read files up to "
                        + megabytes(limit) + " (start it with a larger heap, e.g. java -Xmx8g -jar seqlab.jar)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": file not found");
        } catch (AccessDeniedException e) {
            throw new DataException(file + ": cannot read (permission denied)");
        } catch (IOException e) {
            throw FileProblem.of(file, "read", e);
        } catch (OutOfMemoryError e) {
            throw new DataException(file + ": cannot read (not enough memory for a file of this size; start java"
                    + " with a larger heap, e.g. java -Xmx8g -jar seqlab.jar)");
        }
        return decode(file.toString(), bytes);
    }

    /** A text file and the strings made of it take about eight times its size in memory. */
    private static long readLimit() {
        return Math.min(Integer.MAX_VALUE - 64, Runtime.getRuntime().maxMemory() / 8);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%,.0f MB", bytes / 1e6);
    }

    /** Decodes bytes read from {@code source} (named in messages). */
    public static Decoded decode(String source, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(source, bytes, 3, StandardCharsets.UTF_8, UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(source, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(source, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new DataException(source + ": not a text file (it holds binary data: a zero byte at offset "
                        + i + "; UTF-16 text needs a byte-order mark)");
            }
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), UTF_8);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, Charset.forName(WINDOWS_1252)), WINDOWS_1252);
        }
    }

    private static Decoded strict(String source, byte[] bytes, int skip, Charset charset, String name) {
        try {
            return new Decoded(decoder(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString(),
                    name);
        } catch (CharacterCodingException e) {
            throw new DataException(source + ": starts with a " + name + " byte-order mark but is not valid " + name);
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
