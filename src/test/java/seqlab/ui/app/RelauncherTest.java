package seqlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelauncherTest {

    @Test
    void onlyAJarCommandLineIsRelaunched() {
        assertEquals(Optional.of(List.of("-Dseqlab.startupTime=true", "-Xmx2g")), Relauncher.jvmOptionsBeforeJar(
                new String[] {"-Dseqlab.startupTime=true", "-Xmx2g", "-jar", "target/seqlab.jar"}));
        assertEquals(Optional.of(List.of()), Relauncher.jvmOptionsBeforeJar(new String[] {"-jar", "seqlab.jar"}));
        assertEquals(Optional.empty(), Relauncher.jvmOptionsBeforeJar(
                new String[] {"--module-path", "/fx", "-cp", "classes", "seqlab.Main"}));
        assertEquals(Optional.empty(), Relauncher.jvmOptionsBeforeJar(new String[] {"-cp", "a.jar", "seqlab.Main"}));
    }

    @Test
    void theChildGetsTheSameClassPathZgcAnArchiveAndTheMarkerWithTheUsersOptionsLast() {
        List<String> c = Relauncher.command("/jdk/bin/java", List.of("-Dx=1"), "target/seqlab.jar",
                Path.of("/cache/a.jsa"), null, 42, new String[] {"arg"});
        assertEquals("/jdk/bin/java", c.get(0));
        assertTrue(c.contains("-XX:+UseZGC"));
        assertTrue(c.contains("-XX:SharedArchiveFile=/cache/a.jsa"));
        assertTrue(c.contains("-Dseqlab.relaunched=true"));
        assertTrue(c.contains("-Dseqlab.launchStartMillis=42"));
        assertEquals(List.of("-Dx=1", "-cp", "target/seqlab.jar", "seqlab.Main", "arg"), c.subList(c.size() - 5, c.size()));
    }

    @Test
    void theFirstRunWritesTheArchiveAndTheUsersGcAndCdsChoicesWin() {
        List<String> first = Relauncher.command("java", List.of(), "a.jar", null, Path.of("/cache/a.jsa.1.tmp"), 0,
                new String[0]);
        assertTrue(first.contains("-XX:ArchiveClassesAtExit=/cache/a.jsa.1.tmp"));
        List<String> own = Relauncher.command("java", List.of("-XX:+UseG1GC", "-Xshare:off"), "a.jar",
                Path.of("/cache/a.jsa"), null, 0, new String[0]);
        assertFalse(own.contains("-XX:+UseZGC"));
        assertFalse(own.stream().anyMatch(o -> o.contains("SharedArchiveFile")));
    }

    @Test
    void aRebuiltJarGetsAnotherArchive(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("seqlab.jar");
        Files.writeString(jar, "one");
        System.setProperty("seqlab.cacheDir", dir.resolve("cache").toString());
        try {
            Path first = Relauncher.archivePath(jar.toString());
            Files.writeString(jar, "rebuilt");
            Path second = Relauncher.archivePath(jar.toString());
            assertNotEquals(first, second);
            assertEquals(dir.resolve("cache"), first.getParent());
        } finally {
            System.clearProperty("seqlab.cacheDir");
        }
    }
}
