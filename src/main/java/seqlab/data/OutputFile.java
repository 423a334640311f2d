package seqlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks, before any long work starts, that a file can be written where the user asked: not a
 * folder, not one of the run's input files, in a folder that exists (or can be made) and can be
 * written to, and not a read-only file. A run that would fail to save its result is refused
 * before training, not after.
 */
public final class OutputFile {

    private OutputFile() {
    }

    /**
     * Checks {@code out}.
     *
     * @param what   how the user named it, e.g. {@code --model}
     * @param inputs the run's input files (nulls are ignored)
     * @throws DataException naming the file and the problem
     */
    public static void check(Path out, String what, List<Path> inputs) {
        if (Files.isDirectory(out)) {
            throw new DataException(out + ": " + what + " is a folder; give a file name");
        }
        for (Path in : inputs.stream().filter(Objects::nonNull).toList()) {
            if (same(out, in)) {
                throw new DataException(out + ": " + what + " is also an input file of this run; it would be"
                        + " overwritten (give another file name)");
            }
        }
        if (Files.exists(out) && !Files.isWritable(out)) {
            throw new DataException(out + ": " + what + " cannot be written (the file is read-only)");
        }
        Path dir = out.toAbsolutePath().getParent();
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new DataException(out + ": " + what + " cannot be written (" + dir + " is not a folder)");
        }
        if (!Files.isWritable(existing)) {
            throw new DataException(out + ": " + what + " cannot be written (no permission to write in "
                    + existing + ")");
        }
    }

    /**
     * Writes {@code bytes} to {@code file} atomically: into a temporary file beside it (creating
     * missing folders), then moved into place, so that a failed write never leaves a half-written
     * file or destroys the one that was there. A new file gets the permissions any program's new
     * file gets here (the umask applies); a replaced file keeps its own. Temporary files that a
     * killed save left there more than an hour ago are removed.
     *
     * @throws IOException whose message names the file and the problem (e.g. the disk is full)
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /** What {@link #write(Path, Content)} writes: it streams into the temporary file. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the whole content to {@code out} (buffered; closed afterwards). Throwing anything leaves
         * no file behind and the one that was there unchanged.
         */
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * Writes what {@code content} streams to {@code file} atomically, as {@link #write(Path, byte[])}
     * does, without holding it in memory: the content goes to a temporary file beside {@code file}
     * that is moved into place once {@code content} returns.
     *
     * @throws IOException whose message names the file and the problem (e.g. the disk is full)
     */
    public static void write(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
                removeStaleTemporaries(dir);
            }
            tmp = dir.resolve(TEMP_PREFIX + Long.toUnsignedString(RANDOM.nextLong(), 36) + TEMP_SUFFIX);
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            keepPermissions(file, tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
            if (e instanceof IOException io) {
                throw new IOException(FileProblem.describe(file, "write", io), io);
            }
            throw e;
        }
    }

    private static void keepPermissions(Path file, Path tmp) throws IOException {
        if (Files.exists(file) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            Files.setPosixFilePermissions(tmp, permissions);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMP_PREFIX = ".seqlab-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final java.time.Duration STALE = java.time.Duration.ofHours(1);

    private static void removeStaleTemporaries(Path dir) {
        java.time.Instant cutoff = java.time.Instant.now().minus(STALE);
        try (var entries = Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path p : entries) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // a temporary that cannot be removed is left for the next save; this one can go on
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
