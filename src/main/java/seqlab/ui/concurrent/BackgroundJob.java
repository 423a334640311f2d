package seqlab.ui.concurrent;

/**
 * Long work for a {@link Runners.BackgroundExecutor}: a plain job, free of JavaFX, that reports through its own
 * callbacks (on the UI runner it was given) instead of returning or throwing. The FX runner runs it on a
 * background thread; the same-thread runner of the tests runs it at once.
 */
@FunctionalInterface
public interface BackgroundJob {

    /** Does the work on the calling thread; reports failures through the job's callbacks. */
    void run();
}
