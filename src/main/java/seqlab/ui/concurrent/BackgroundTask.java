package seqlab.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.concurrent.Task;

public class BackgroundTask<T> extends Task<T> implements RunsHere {

    private final Callable<T> work;
    private final Consumer<T> onSuccess;
    private final Consumer<Throwable> onFailure;
    private final Executor ui;

    public BackgroundTask(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, Executor ui) {
        this.work = work;
        this.onSuccess = onSuccess;
        this.onFailure = onFailure;
        this.ui = ui;
    }

    @Override
    public void runHere() {
        call();
    }

    @Override
    protected T call() {
        try {
            T value = work.call();
            ui.execute(() -> onSuccess.accept(value));
            return value;
        } catch (Throwable t) {
            ui.execute(() -> onFailure.accept(t));
            return null;
        }
    }
}
