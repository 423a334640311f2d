package seqlab.ui.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;

/**
 * Where the window's work runs: {@code ui} on the FX thread, {@code background} jobs ({@link BackgroundJob}) and
 * plain {@code work} (such as a {@link CompletableFuture}'s) on background threads that yield the CPU to the
 * window ({@link BackgroundThreads}). The same-thread runners of the tests run everything at once.
 */
public record Runners(Executor ui, BackgroundExecutor background, Executor work) {

    @FunctionalInterface
    public interface BackgroundExecutor {
        void submit(BackgroundJob job);
    }

    public static Runners fx() {
        ExecutorService pool = Executors.newCachedThreadPool(new BackgroundThreads("seqlab-background"));
        return new Runners(Platform::runLater, job -> pool.execute(job::run), pool);
    }

    public static Runners sameThread() {
        return new Runners(Runnable::run, BackgroundJob::run, Runnable::run);
    }
}
