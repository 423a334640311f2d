package seqlab.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.concurrent.Task;

public record Runners(Executor ui, BackgroundExecutor background) {

    @FunctionalInterface
    public interface BackgroundExecutor {
        void submit(Task<?> task);
    }

    public static Runners fx() {
        ExecutorService pool = Executors.newCachedThreadPool(new BackgroundThreads("seqlab-background"));
        return new Runners(Platform::runLater, pool::execute);
    }

    public static Runners sameThread() {
        return new Runners(Runnable::run, task -> ((RunsHere) task).runHere());
    }
}
