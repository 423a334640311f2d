package seqlab.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** A job that computes one value and hands it, or the error, to a callback on the UI runner. */
public class BackgroundTask<T> implements BackgroundJob {

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
    public void run() {
        try {
            T value = work.call();
            ui.execute(() -> onSuccess.accept(value));
        } catch (Throwable t) {
            ui.execute(() -> onFailure.accept(t));
        }
    }
}
