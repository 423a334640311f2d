package seqlab.ui.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Where the window's work runs: {@code ui} on the FX thread, {@code background} tasks and plain {@code work}
 * (such as a {@link CompletableFuture}'s) on background threads that yield the CPU to the
 * window ({@link BackgroundThreads}).
 */
public record Runners(Executor ui, BackgroundExecutor background, Executor work) {

    @FunctionalInterface
    public interface BackgroundExecutor {
        void submit(Task<?> task);
    }

    public static Runners fx() {
        ExecutorService pool = Executors.newCachedThreadPool(new BackgroundThreads("seqlab-background"));
        return new Runners(Platform::runLater, pool::execute, pool);
    }

    public static Runners sameThread() {
        return new Runners(Runnable::run, task -> ((RunsHere) task).runHere(), Runnable::run);
    }
}
