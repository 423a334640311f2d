package seqlab.runs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The autosave file of one open workbench window. Each window holds a lock on its slot for as long
 * as it is open, so two windows (in one process or two) never write the same autosave file, and
 * the second window does not take the first one's session for "the previous session".
 * Slot 1 is {@code autosave.seqlab}, slot n {@code autosave-n.seqlab}; at claim time the slot's
 * earlier file becomes {@code previous-autosave….seqlab}.
 *
 * @param file     where this window autosaves
 * @param previous the slot's session from before, kept for "open the previous session"
 * @param number   the slot number, from 1
 * @param lock     releases the slot
 */
public record AutosaveSlot(Path file, Path previous, int number, AutoCloseable lock) implements AutoCloseable {

    /** How many windows can autosave at once. */
    public static final int SLOTS = 20;

    /**
     * Claims the first free slot in {@code dir}.
     *
     * @throws IOException if the folder cannot be made or every slot is taken
     */
    public static AutosaveSlot claim(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int n = 1; n <= SLOTS; n++) {
            String name = n == 1 ? "autosave.seqlab" : "autosave-" + n + ".seqlab";
            FileChannel channel = FileChannel.open(dir.resolve("." + name + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                continue;
            }
            Path file = dir.resolve(name);
            Path previous = dir.resolve("previous-" + name);
            if (Files.exists(file)) {
                Files.move(file, previous, StandardCopyOption.REPLACE_EXISTING);
            }
            FileLock held = lock;
            return new AutosaveSlot(file, previous, n, () -> {
                held.release();
                channel.close();
            });
        }
        throw new IOException(dir + ": all " + SLOTS + " autosave slots are in use by open windows");
    }

    /** Releases the slot for the next window. */
    @Override
    public void close() throws Exception {
        lock.close();
    }
}
