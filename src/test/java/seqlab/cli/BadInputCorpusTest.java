package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the bad-input corpus ({@code src/test/resources/bad-inputs}, see {@link BadInputCase})
 * through the real command-line entry point: the exit code and message fragments it names, never a stack
 * trace, no input file changed, no temporary file left behind.
 */
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-inputs");
    static final int PROMISED_CASES = 60;
    static final Duration CASE_TIMEOUT = Duration.ofMinutes(2);

    private static Path scratch;
    private static Path toyModel;

    @BeforeAll
    static void createScratch() throws IOException {
        scratch = Files.createTempDirectory("seqlab-corpus");
    }

    @AfterAll
    static void removeScratch() throws IOException {
        try (Stream<Path> paths = Files.walk(scratch)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static List<Path> caseDirectories() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(BadInputCase.FILE))).sorted().toList();
        }
    }

    @Test
    void corpusHoldsAtLeastThePromisedNumberOfCases() throws IOException {
        int cases = caseDirectories().size();
        assertTrue(cases >= PROMISED_CASES, "the README promises " + PROMISED_CASES + " cases; found " + cases);
    }

    @Test
    void everyDirectoryIsACase() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            List<String> strays = dirs.filter(Files::isDirectory)
                    .filter(d -> !Files.isRegularFile(d.resolve(BadInputCase.FILE)))
                    .map(d -> d.getFileName().toString()).toList();
            assertEquals(List.of(), strays, "directories without " + BadInputCase.FILE);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseEndsAsPromised() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path directory : caseDirectories()) {
            BadInputCase c = BadInputCase.read(directory);
            tests.add(DynamicTest.dynamicTest(c.toString(), () -> run(c)));
        }
        return tests.stream();
    }

    private static void run(BadInputCase c) throws Exception {
        Path dir = scratch.resolve(c.name());
        copyTree(c.directory(), dir);
        Files.delete(dir.resolve(BadInputCase.FILE));
        for (List<String> step : c.setup()) {
            setUp(dir, step);
        }
        Map<Path, byte[]> before = contents(dir);

        String[] args = c.args().stream().map(a -> a.replace("{dir}", dir.toString())).toArray(String[]::new);
        // a case that hangs (a pipe read before this was fixed blocked for ever) fails instead of stopping the build
        Run r = assertTimeoutPreemptively(CASE_TIMEOUT, () -> Run.of(args), () -> c + " did not end");
        String context = c + "\nargs: " + String.join(" ", args) + "\n" + r;

        assertEquals(c.exit(), r.exit(), "exit code of " + context);
        for (String fragment : c.err()) {
            assertTrue(r.err().contains(fragment), "stderr lacks '" + fragment + "' in " + context);
        }
        for (String fragment : c.out()) {
            assertTrue(r.out().contains(fragment), "stdout lacks '" + fragment + "' in " + context);
        }
        assertFalse(r.err().contains("\tat "), "stack trace in " + context);
        assertFalse(r.err().contains("Exception"), "exception name in " + context);
        for (Map.Entry<Path, byte[]> file : before.entrySet()) {
            String relative = dir.relativize(file.getKey()).toString();
            if (c.changes().contains(relative)) {
                continue;
            }
            assertTrue(Files.exists(file.getKey()), relative + " was removed by " + context);
            if (Files.isRegularFile(file.getKey())) {
                assertTrue(Arrays.equals(file.getValue(), Files.readAllBytes(file.getKey())),
                        relative + " was changed by " + context);
            }
        }
        for (String name : c.exists()) {
            assertTrue(Files.exists(dir.resolve(name)), name + " is missing after " + context);
        }
        for (String name : c.absent()) {
            assertFalse(Files.exists(dir.resolve(name)), name + " exists after " + context);
        }
        try (Stream<Path> left = Files.walk(dir)) {
            List<String> temporaries = left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".seqlab-") && n.endsWith(".tmp")).toList();
            assertEquals(List.of(), temporaries, "temporary files left by " + context);
        }
    }

    private static void setUp(Path dir, List<String> step) throws IOException, InterruptedException {
        String what = step.get(0);
        switch (what) {
            case "toy-model" -> Files.copy(toyModel(), dir.resolve(step.get(1)), StandardCopyOption.REPLACE_EXISTING);
            case "halve-entry" -> halveEntry(dir.resolve(step.get(1)), step.get(2));
            case "mkdir" -> Files.createDirectories(dir.resolve(step.get(1)));
            case "copy" -> Files.copy(Path.of(step.get(1)), dir.resolve(step.get(2)),
                    StandardCopyOption.REPLACE_EXISTING);
            case "fifo" -> {
                Process p = new ProcessBuilder("mkfifo", dir.resolve(step.get(1)).toString()).inheritIO().start();
                assertEquals(0, p.waitFor(), "mkfifo");
            }
            default -> throw new IllegalArgumentException("unknown setup step: " + String.join(" ", step));
        }
    }

    /** Rewrites the zip {@code file} with its entry {@code name} cut to half its bytes. */
    private static void halveEntry(Path file, String name) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        boolean found = false;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile());
             java.util.zip.ZipOutputStream rewritten = new java.util.zip.ZipOutputStream(out)) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                java.util.zip.ZipEntry e = entries.nextElement();
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals(name)) {
                    bytes = java.util.Arrays.copyOf(bytes, bytes.length / 2);
                    found = true;
                }
                rewritten.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                rewritten.write(bytes);
                rewritten.closeEntry();
            }
        }
        assertTrue(found, file + " has no entry " + name);
        Files.write(file, out.toByteArray());
    }

    private static synchronized Path toyModel() {
        if (toyModel == null) {
            Path model = scratch.resolve("toy-model.zip");
            Run r = Run.of("train", "--data", "sample-data/toy.txt", "--model", model.toString(), "--epochs", "3");
            assertEquals(CommandLine.OK, r.exit(), r::toString);
            toyModel = model;
        }
        return toyModel;
    }

    private static Map<Path, byte[]> contents(Path dir) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(p -> !p.equals(dir)).toList()) {
                files.put(p, Files.isRegularFile(p) ? Files.readAllBytes(p) : null);
            }
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(p -> {
                try {
                    Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
