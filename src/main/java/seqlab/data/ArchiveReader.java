package seqlab.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one reader and validator for SeqLab's own zip files (models, experiments), read from disk
 * ({@link #open}) or from a stream ({@link #read}, a model inside an experiment): every entry is
 * read through a bounded stream that stops at a limit the caller derives from what the file says
 * it holds (never more than {@link #CEILING}), JSON is parsed with one-line messages, and
 * {@link #check} / {@link #present} turn an inconsistency into a message naming the file, the
 * entry and what is wrong. Every problem is a {@link DataException}; nothing else escapes.
 */
public final class ArchiveReader implements Closeable {

    /** No entry is ever read beyond this many bytes, whatever the file says. */
    public static final long CEILING = Integer.MAX_VALUE - 64;
    /** The most a JSON description may expand to. */
    public static final long DOCUMENT_CEILING = 256L << 20;
    /** An entry may expand to this many times its compressed size (zip bombs reach millions). */
    public static final long MAX_RATIO = 200;
    /** Every entry may expand to at least this much, whatever it compresses to. */
    public static final long MIN_LIMIT = 1L << 20;
    private static final int MAX_NESTED_ENTRIES = 16;

    private final Entries zip;
    private final String name;

    private ArchiveReader(Entries zip, String name) {
        this.zip = zip;
        this.name = name;
    }

    /** Where the entries come from: a zip file on disk, or a zip held in memory. */
    private interface Entries extends Closeable {
        ZipEntry getEntry(String entry);

        Stream<? extends ZipEntry> stream();

        InputStream getInputStream(ZipEntry entry) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Random access through the file's central directory. */
    private record OnDisk(ZipFile file) implements Entries {
        @Override
        public ZipEntry getEntry(String entry) {
            return file.getEntry(entry);
        }

        @Override
        public Stream<? extends ZipEntry> stream() {
            return file.stream();
        }

        @Override
        public InputStream getInputStream(ZipEntry entry) throws IOException {
            return file.getInputStream(entry);
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    /**
     * A zip in memory, read front to back: opening it inflates each entry once, without keeping it, to learn
     * the entries and their compressed sizes; each read inflates its entry again.
     */
    private static final class InMemory implements Entries {
        private final byte[] bytes;
        private final Map<String, ZipEntry> entries = new LinkedHashMap<>();

        InMemory(byte[] bytes, long expandsAtMost, Function<String, DataException> tooBig)
                throws IOException {
            this.bytes = bytes;
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    if (entries.size() == MAX_NESTED_ENTRIES) {
                        throw new ZipException("holds more than " + MAX_NESTED_ENTRIES + " entries");
                    }
                    if (in.skip(expandsAtMost) >= expandsAtMost && in.read() >= 0) {
                        throw tooBig.apply(e.getName());
                    }
                    in.closeEntry();
                    entries.putIfAbsent(e.getName(), e);
                }
            }
        }

        @Override
        public ZipEntry getEntry(String entry) {
            return entries.get(entry);
        }

        @Override
        public Stream<? extends ZipEntry> stream() {
            return entries.values().stream();
        }

        @Override
        public InputStream getInputStream(ZipEntry entry) throws IOException {
            ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes));
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(entry.getName())) {
                    return in;
                }
            }
            throw new ZipException("entry " + entry.getName() + " vanished");
        }

        @Override
        public void close() {
        }
    }

    /**
     * Opens {@code file}, named {@code name} in messages, as a {@code kind} ("SeqLab model file").
     *
     * @throws DataException when it is missing, a folder, not a regular file or not a zip file
     */
    public static ArchiveReader open(Path file, String name, String kind) {
        if (Files.isDirectory(file)) {
            throw new DataException(name + ": is a folder, not a " + kind);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new DataException(name + ": not a regular file, so not a " + kind);
        }
        try {
            return new ArchiveReader(new OnDisk(new ZipFile(file.toFile())), name);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new DataException(name + ": file not found");
        } catch (ZipException e) {
            throw new DataException(name + ": not a " + kind + " (not a zip file, or damaged: " + e.getMessage() + ")");
        } catch (IOException e) {
            throw new DataException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads the zip file {@code in} yields to its end (at most {@link #CEILING} bytes), named {@code name} in
     * messages, as a {@code kind}; the stream is not closed. No entry may expand to more than {@link #MAX_RATIO}
     * times the whole file (at least {@link #MIN_LIMIT}): a valid file's entries never come near.
     *
     * @throws DataException when the stream cannot be read, is too long, or is not a zip file (empty, cut short
     *                       or damaged)
     */
    public static ArchiveReader read(InputStream in, String name, String kind) {
        byte[] bytes;
        try {
            bytes = bounded(in, CEILING, () -> new DataException(name + ": longer than " + size(CEILING)
                    + "; not a " + kind));
        } catch (IOException e) {
            throw new DataException(name + ": cannot read (" + e.getMessage() + ")");
        }
        long expandsAtMost = Math.max(MIN_LIMIT, Math.min(CEILING, bytes.length * MAX_RATIO));
        InMemory entries;
        try {
            entries = new InMemory(bytes, expandsAtMost, entry -> tooBig(name, entry, expandsAtMost,
                    "a file of " + size(bytes.length)));
        } catch (ZipException | EOFException e) {
            throw new DataException(name + ": not a " + kind + " (not a zip file, or damaged: " + e.getMessage() + ")");
        } catch (IOException e) {
            throw new DataException(name + ": cannot read (" + e.getMessage() + ")");
        }
        if (entries.entries.isEmpty()) {
            throw new DataException(name + ": not a " + kind + " (not a zip file, or empty)");
        }
        return new ArchiveReader(entries, name);
    }

    /** The file's name as messages give it. */
    public String name() {
        return name;
    }

    /** Whether the file holds {@code entry}. */
    public boolean has(String entry) {
        return zip.getEntry(entry) != null;
    }

    /** The names of the entries starting with {@code prefix} and ending with {@code suffix}, in file order. */
    public List<String> entries(String prefix, String suffix) {
        List<String> names = new ArrayList<>();
        zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith(prefix) && n.endsWith(suffix)).forEach(names::add);
        return names;
    }

    /**
     * The most {@code entry} may expand to when nothing else says what it holds: {@link #MAX_RATIO}
     * times its compressed size, at least {@link #MIN_LIMIT}, at most {@code ceiling}.
     */
    public long limitByRatio(String entry, long ceiling) {
        ZipEntry e = zip.getEntry(entry);
        long compressed = e == null || e.getCompressedSize() < 0 ? 0 : e.getCompressedSize();
        long byRatio = compressed > CEILING / MAX_RATIO ? CEILING : compressed * MAX_RATIO;
        return Math.min(Math.min(ceiling, CEILING), Math.max(MIN_LIMIT, byRatio));
    }

    /**
     * Reads {@code entry} whole, but never more than {@code limit} bytes (nor {@link #CEILING}).
     *
     * @throws DataException when it is missing, expands beyond the limit, or cannot be inflated
     */
    public byte[] read(String entry, long limit, String needs) {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            throw problem(entry, "missing");
        }
        try (InputStream in = zip.getInputStream(e)) {
            return bounded(in, limit, () -> tooBig(name, entry, limit, needs));
        } catch (ZipException | EOFException ex) {
            throw problem(entry, "damaged (" + ex.getMessage() + ")");
        } catch (IOException ex) {
            throw new DataException(name + ": cannot read (" + ex.getMessage() + ")");
        }
    }

    /**
     * Parses {@code entry} as JSON into {@code type} (at most {@code limit} bytes).
     *
     * @throws DataException with one line: the file, the entry and what is wrong
     */
    public <T> T json(String entry, long limit, ObjectMapper mapper, Class<T> type) {
        byte[] bytes = read(entry, limit, "a description");
        return json(name, entry, bytes, mapper, type);
    }

    /** Parses {@code bytes}, read from {@code entry} of {@code name}, as JSON into {@code type}. */
    public static <T> T json(String name, String entry, byte[] bytes, ObjectMapper mapper, Class<T> type) {
        T value;
        try {
            value = mapper.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            throw jsonProblem(name, entry, bytes, e);
        } catch (IOException e) {
            throw new DataException(name + ": " + entry + ": cannot be read (" + firstLine(e.getMessage()) + ")");
        }
        if (value == null) {
            throw new DataException(name + ": " + entry + ": empty (the JSON is null)");
        }
        return value;
    }

    private static DataException jsonProblem(String name, String entry, byte[] bytes, JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonEOFException || String.valueOf(t.getMessage()).contains("end-of-input")) {
                return new DataException(name + ": " + entry + ": the description is cut off (it ends in the middle,"
                        + " after " + bytes.length + " bytes); the file is truncated or damaged");
            }
        }
        if (e instanceof JsonMappingException m) {
            String at = path(m);
            return new DataException(name + ": " + entry + ": " + (at.isEmpty() ? "" : "'" + at + "' ")
                    + "has the wrong type or value (" + firstLine(m.getOriginalMessage()) + ")");
        }
        var where = e.getLocation();
        return new DataException(name + ": " + entry + ": not valid JSON" + (where == null ? "" : " at line "
                + where.getLineNr() + ", column " + where.getColumnNr()) + " (" + firstLine(e.getOriginalMessage())
                + ")");
    }

    private static String path(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                s.append(s.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    /**
     * The entries of a zip file held in memory (an entry of an outer file, named
     * {@code name}), each read to at most {@code limit.applyAsLong(entry name)} bytes.
     *
     * @throws DataException when it is not a zip, an entry expands beyond its limit, or it holds too many entries
     */
    public static Map<String, byte[]> unpack(byte[] bytes, String name, ToLongFunction<String> limit) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (entries.size() == MAX_NESTED_ENTRIES) {
                    throw new DataException(name + ": holds more than " + MAX_NESTED_ENTRIES + " entries; damaged");
                }
                String entry = e.getName();
                long max = limit.applyAsLong(entry);
                entries.put(entry, bounded(in, max, () -> tooBig(name, entry, max, "what the model describes")));
            }
        } catch (ZipException | EOFException e) {
            throw new DataException(name + ": damaged (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new DataException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        if (entries.isEmpty()) {
            throw new DataException(name + ": damaged (not a zip file, or empty)");
        }
        return entries;
    }

    /** Reads {@code in} to its end, or throws {@code tooBig} as soon as it yields more than {@code limit} bytes. */
    static byte[] bounded(InputStream in, long limit, java.util.function.Supplier<DataException> tooBig)
            throws IOException {
        long max = Math.min(limit, CEILING);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, 64 * 1024));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                throw tooBig.get();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static DataException tooBig(String name, String entry, long limit, String needs) {
        return new DataException(name + ": " + entry + ": expands to more than " + size(limit) + ", more than "
                + needs + " can take; refused (the file is damaged or not a SeqLab file)");
    }

    /** A byte count for messages. */
    public static String size(long bytes) {
        if (bytes >= 1L << 20) {
            return String.format(java.util.Locale.ROOT, "%,.1f MB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1L << 10) {
            return String.format(java.util.Locale.ROOT, "%,.1f KB", bytes / (double) (1L << 10));
        }
        return bytes + " bytes";
    }

    /** A problem with {@code entry}: "file: entry: what". */
    public DataException problem(String entry, String what) {
        return new DataException(name + ": " + entry + ": " + what);
    }

    /**
     * Checks one fact about what was read.
     *
     * @throws DataException "file: entry: message" when {@code ok} is false
     */
    public void check(boolean ok, String entry, String message) {
        if (!ok) {
            throw problem(entry, message);
        }
    }

    /**
     * Returns {@code value}, which must be present.
     *
     * @throws DataException "file: entry: 'field' is missing" when it is null
     */
    public <T> T present(T value, String entry, String field) {
        if (value == null) {
            throw problem(entry, "'" + field + "' is missing");
        }
        return value;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // read-only; nothing is lost
        }
    }
}
