package seqlab.ui.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class BackgroundThreadsTest {

    private static boolean reniceAvailable() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "renice"))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void backgroundThreadsRunNicerThanTheThreadThatStartsThem() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/thread-self")), "thread niceness is set on Linux only");
        Integer starter = BackgroundThreads.nicenessOfCurrentThread();
        CompletableFuture<Integer> inBackground = new CompletableFuture<>();
        Thread thread = new BackgroundThreads("test-background")
                .newThread(() -> inBackground.complete(BackgroundThreads.nicenessOfCurrentThread()));
        assertTrue(thread.isDaemon());
        thread.start();
        int background = inBackground.get(10, TimeUnit.SECONDS);
        if (reniceAvailable()) {
            // at least NICENESS, and never less nice than the starter (under `nice mvn verify` both may be 10)
            assertTrue(background >= Math.max(BackgroundThreads.NICENESS, starter),
                    "niceness " + background + " in the background, " + starter + " in the starting thread");
        } else {
            assertEquals(starter, background, "without renice the documented fallback keeps the priority");
        }
        assertEquals(starter, BackgroundThreads.nicenessOfCurrentThread(), "the starting thread keeps its priority");
    }
}
