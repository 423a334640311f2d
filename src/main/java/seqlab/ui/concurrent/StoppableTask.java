package seqlab.ui.concurrent;

import java.util.concurrent.atomic.AtomicBoolean;

/** A background job that reports through its own callbacks and stops, when asked, at its next check. */
public abstract class StoppableTask implements BackgroundJob {

    private final AtomicBoolean stopRequested = new AtomicBoolean();

    /** Asks the work to stop at its next check; safe from any thread. */
    public void requestStop() {
        stopRequested.set(true);
    }

    protected boolean stopRequested() {
        return stopRequested.get();
    }
}
