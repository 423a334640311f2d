package seqlab.ui.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar seqlab.jar} cannot carry JVM options, so the workbench starts itself once more, with the same
 * java binary and class path, plus:
 * <ul>
 * <li>{@code -XX:+UseZGC}: concurrent collection, so the window keeps its pulses while training allocates (G1's
 * young pauses reached 100-400 ms on a 2-core machine);</li>
 * <li>an application class-data-sharing archive, written at the first exit and used from then on, which shortens
 * the time to the window by about 0.8 s on a 2-core machine.</li>
 * </ul>
 * The relaunched JVM gets {@value #MARKER}, so it never relaunches again. {@code -Dseqlab.relaunch=false} keeps
 * everything in one JVM; options the user gave (a GC, CDS flags) win over these. If the child cannot be started,
 * or the JVM refuses to start with these options, the workbench starts in this JVM instead.
 */
public final class Relauncher {

    static final String MARKER = "seqlab.relaunched";
    static final String LAUNCH_START = "seqlab.launchStartMillis";
    static final String MAIN_CLASS = "seqlab.Main";
    /** A child that exits non-zero this quickly did not get as far as a window: start in-process instead. */
    private static final long EARLY_FAILURE_MILLIS = 3000;

    private Relauncher() {
    }

    /** True when this JVM was started with {@code java -jar} (which cannot carry options) and not by us. */
    static boolean wanted() {
        return !Boolean.getBoolean(MARKER) && !"false".equalsIgnoreCase(System.getProperty("seqlab.relaunch"))
                && jvmOptionsBeforeJar(ProcessHandle.current().info().arguments().orElse(new String[0])).isPresent();
    }

    /**
     * Runs the workbench in a child JVM and returns its exit code, or empty when it could not start there.
     */
    static OptionalInt run(String[] args) {
        Optional<String> java = ProcessHandle.current().info().command();
        Optional<List<String>> userOptions = jvmOptionsBeforeJar(
                ProcessHandle.current().info().arguments().orElse(new String[0]));
        String classPath = System.getProperty("java.class.path", "");
        if (java.isEmpty() || userOptions.isEmpty() || classPath.isEmpty()) {
            return OptionalInt.empty();
        }
        Path archive = archivePath(classPath);
        boolean archiveReady = archive != null && Files.isRegularFile(archive);
        Path dump = archive == null || archiveReady ? null
                : archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        long launchStart = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli())
                .orElse(System.currentTimeMillis());
        List<String> command = command(java.get(), userOptions.get(), classPath, archiveReady ? archive : null, dump,
                launchStart, args);
        long started = System.currentTimeMillis();
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            System.err.println("seqlab: could not relaunch with tuned JVM options (" + e.getMessage()
                    + "); starting in this JVM");
            return OptionalInt.empty();
        }
        Thread forward = new Thread(() -> {
            // this JVM is being stopped (Ctrl+C, kill): stop the window's JVM too, and keep its archive
            child.destroy();
            try {
                child.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            publish(dump, archive);
        }, "seqlab-stop-child");
        Runtime.getRuntime().addShutdownHook(forward);
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return OptionalInt.of(1);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(forward);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        if (code != 0 && System.currentTimeMillis() - started < EARLY_FAILURE_MILLIS) {
            System.err.println("seqlab: the relaunched JVM failed (exit code " + code + "); starting in this JVM");
            deleteQuietly(archiveReady ? archive : dump);
            return OptionalInt.empty();
        }
        publish(dump, archive);
        return OptionalInt.of(code);
    }

    /** The JVM options of a {@code java [options] -jar file [args]} command line, or empty for another form. */
    static Optional<List<String>> jvmOptionsBeforeJar(String[] arguments) {
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].equals("-jar")) {
                return Optional.of(List.of(arguments).subList(0, i));
            }
            if (!arguments[i].startsWith("-")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static List<String> command(String java, List<String> userOptions, String classPath, Path useArchive,
            Path dumpArchive, long launchStart, String[] args) {
        List<String> c = new ArrayList<>();
        c.add(java);
        boolean userGc = userOptions.stream().anyMatch(o -> o.matches("-XX:\\+Use\\w*GC"));
        boolean userCds = userOptions.stream().anyMatch(o -> o.startsWith("-Xshare") || o.contains("SharedArchiveFile")
                || o.contains("ArchiveClassesAtExit"));
        if (!userGc) {
            c.add("-XX:+UseZGC");
        }
        if (!userCds && (useArchive != null || dumpArchive != null)) {
            // an archive that does not match (a rebuilt jar, another JDK) is skipped; say nothing about it
            c.add("-Xshare:auto");
            c.add("-Xlog:cds=off");
            c.add("-Xlog:cds+dynamic=off");
            c.add(useArchive != null ? "-XX:SharedArchiveFile=" + useArchive
                    : "-XX:ArchiveClassesAtExit=" + dumpArchive);
        }
        c.add("-D" + MARKER + "=true");
        c.add("-D" + LAUNCH_START + "=" + launchStart);
        c.addAll(userOptions);
        c.add("-cp");
        c.add(classPath);
        c.add(MAIN_CLASS);
        c.addAll(List.of(args));
        return c;
    }

    /**
     * Where the class-data archive for this JDK and this build lives: the user's cache directory, named after a
     * hash of the JDK, the class path and the jars' sizes and times (a rebuilt jar gets a new archive).
     */
    static Path archivePath(String classPath) {
        try {
            String home = System.getProperty("user.home", "");
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path dir = Path.of(System.getProperty("seqlab.cacheDir",
                    xdg != null && !xdg.isBlank() ? xdg + "/seqlab" : home + "/.cache/seqlab"));
            StringBuilder key = new StringBuilder(System.getProperty("java.home", "")).append('|')
                    .append(System.getProperty("java.vm.version", "")).append('|').append(classPath);
            for (String entry : classPath.split(File.pathSeparator)) {
                File f = new File(entry);
                key.append('|').append(f.getAbsolutePath()).append(':').append(f.length()).append(':')
                        .append(f.lastModified());
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            Files.createDirectories(dir);
            return dir.resolve("seqlab-" + HexFormat.of().formatHex(digest, 0, 8) + ".jsa");
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
    }

    private static synchronized void publish(Path dump, Path archive) {
        if (dump == null || !Files.isRegularFile(dump)) {
            return;
        }
        try {
            if (Files.size(dump) > 0) {
                Files.move(dump, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            // next start simply runs without the archive
        } finally {
            deleteQuietly(dump);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            // nothing to clean
        }
    }
}
