package seqlab.ui.concurrent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Threads for the window's background work (training, sweeps, file loading) that yield the CPU to the window:
 * each lowers its own scheduling priority (Linux nice {@value #NICENESS}) before its first task. Training keeps
 * a core busy for minutes; at equal priority the JavaFX thread and the render thread wait their turn behind
 * it, the GC and the JIT compiler, and the window misses frames. Java's own thread priorities are ignored on
 * Linux unless the JVM runs as root, so the niceness is set with {@code renice} on the thread's id. Where that
 * is not possible (another OS, no {@code renice}) the threads run at normal priority.
 */
public final class BackgroundThreads implements ThreadFactory {

    /** Linux niceness of background threads: CFS gives a nice-0 thread about nine times their CPU share. */
    public static final int NICENESS = 10;

    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

    private final String name;

    public BackgroundThreads(String name) {
        this.name = name;
    }

    @Override
    public Thread newThread(Runnable work) {
        Thread thread = new Thread(() -> {
            lowerPriorityOfCurrentThread();
            work.run();
        }, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Lowers the calling thread's priority to nice {@value #NICENESS} on Linux, unless it is that nice already. */
    private static void lowerPriorityOfCurrentThread() {
        try {
            Integer niceness = nicenessOfCurrentThread();
            String threadId = threadId();
            if (niceness == null || threadId == null || niceness >= NICENESS) {
                return;
            }
            // util-linux renice reads -n as the new value, newer versions as an increment: both give 10 or more
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICENESS), "-p", threadId)
                    .redirectErrorStream(true).start();
            renice.getInputStream().transferTo(OutputStream.nullOutputStream());
            renice.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no renice here: the thread keeps its priority, as documented above
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The calling thread's Linux niceness, or null where /proc does not tell it. */
    public static Integer nicenessOfCurrentThread() {
        try {
            if (!Files.isDirectory(THREAD_SELF)) {
                return null;
            }
            String stat = Files.readString(THREAD_SELF.resolve("stat"));
            // fields after the command name, which is in parentheses and may contain spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String threadId() throws IOException {
        if (!Files.isSymbolicLink(THREAD_SELF)) {
            return null;
        }
        return Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
    }
}
