package seqlab.ui.concurrent;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.concurrent.Task;

/** A background task that reports through its own callbacks and stops, when asked, at its next check. */
public abstract class StoppableTask<T> extends Task<T> implements RunsHere {

    private final AtomicBoolean stopRequested = new AtomicBoolean();

    /** Asks the work to stop at its next check; safe from any thread. */
    public void requestStop() {
        stopRequested.set(true);
    }

    protected boolean stopRequested() {
        return stopRequested.get();
    }

    @Override
    public void runHere() {
        call();
    }

    /** The work; it reports failures through its callbacks instead of throwing. */
    @Override
    protected abstract T call();
}
