package seqlab.model;

import java.util.function.BooleanSupplier;

/**
 * Pauses, resumes, steps and stops a running {@link Trainer} from another thread. The trainer asks
 * {@link #beforeMinibatch()} before every minibatch and calls {@link #epochEnded()} after every
 * epoch; all other methods may be called from any thread. While paused, the training thread waits on
 * this object's monitor (no busy loop) until {@link #resume()}, a step or {@link #stop()}.
 *
 * <p>Steps are meant to be used while paused: {@link #stepMinibatch()} lets exactly one more
 * minibatch run, {@link #stepEpoch()} lets training run to the end of the current epoch (exactly one
 * whole epoch when paused at an epoch boundary, as after a previous epoch step) and pauses again.
 */
public final class TrainingControl {

    private static final long POLL_MILLIS = 100;

    private final BooleanSupplier externalStop;
    private final boolean polls;
    private boolean paused;
    private boolean stopped;
    private boolean pauseAtEpochEnd;
    private int minibatchesAllowed;
    private boolean waiting;
    private volatile Pauses pauses = (epoch, done, batches) -> { };

    /** Hears, on the training thread, that training starts waiting paused. */
    public interface Pauses {
        /**
         * Training waits before the next minibatch.
         *
         * @param epoch   the epoch it waits in (1-based)
         * @param done    minibatches of that epoch already run (0: it waits after the previous epoch)
         * @param batches minibatches per epoch
         */
        void paused(int epoch, int done, int batches);
    }

    private TrainingControl(BooleanSupplier externalStop, boolean polls) {
        this.externalStop = externalStop;
        this.polls = polls;
    }

    /** A control that runs until {@link #stop()} is called. */
    public static TrainingControl create() {
        return new TrainingControl(() -> false, false);
    }

    /**
     * A control that also stops when {@code stop} returns true; {@code stop} is polled before every
     * minibatch and, while paused, every 100 ms.
     */
    public static TrainingControl stoppingWhen(BooleanSupplier stop) {
        return new TrainingControl(stop, true);
    }

    /** Sets who hears that training starts waiting paused. */
    public void onPause(Pauses listener) {
        this.pauses = listener;
    }

    /** Pauses before the next minibatch. */
    public synchronized void pause() {
        paused = true;
        pauseAtEpochEnd = false;
        minibatchesAllowed = 0;
        notifyAll();
    }

    /** Runs on without pausing. */
    public synchronized void resume() {
        paused = false;
        pauseAtEpochEnd = false;
        minibatchesAllowed = 0;
        notifyAll();
    }

    /** Runs to the end of the current epoch, then pauses. */
    public synchronized void stepEpoch() {
        paused = false;
        pauseAtEpochEnd = true;
        minibatchesAllowed = 0;
        notifyAll();
    }

    /** Runs exactly one more minibatch, then pauses. */
    public synchronized void stepMinibatch() {
        paused = true;
        pauseAtEpochEnd = false;
        minibatchesAllowed = 1;
        notifyAll();
    }

    /** Ends training before the next minibatch, also while paused. */
    public synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    /** Whether training is asked to pause (it may still be finishing a minibatch). */
    public synchronized boolean isPaused() {
        return paused && minibatchesAllowed == 0;
    }

    /** Whether {@link #stop()} was called or the external stop condition held. */
    public synchronized boolean isStopped() {
        return stopped;
    }

    /** Whether the training thread is waiting in {@link #beforeMinibatch()} right now. */
    public synchronized boolean isWaiting() {
        return waiting;
    }

    /**
     * Waits until the training thread waits paused, or the timeout passes.
     *
     * @return whether the training thread is waiting
     */
    public synchronized boolean awaitWaiting(long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!waiting) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /**
     * Called by the training thread before each minibatch: waits while paused.
     *
     * @return true to run the minibatch, false to end training (stopped, or the thread was interrupted,
     *         in which case its interrupt flag is set again)
     */
    public synchronized boolean beforeMinibatch() {
        return beforeMinibatch(0, 0, 0);
    }

    /**
     * As {@link #beforeMinibatch()}, saying where training is so that {@link Pauses} can tell.
     *
     * @param epoch   the current epoch (1-based)
     * @param done    minibatches of this epoch already run
     * @param batches minibatches per epoch
     */
    public synchronized boolean beforeMinibatch(int epoch, int done, int batches) {
        boolean told = false;
        try {
            while (true) {
                if (!stopped && externalStop.getAsBoolean()) {
                    stopped = true;
                }
                if (stopped) {
                    return false;
                }
                if (!paused) {
                    return true;
                }
                if (minibatchesAllowed > 0) {
                    minibatchesAllowed--;
                    return true;
                }
                waiting = true;
                notifyAll();
                if (!told) {
                    told = true;
                    // the listener may resume or step at once (on this thread, in tests): look again first
                    pauses.paused(epoch, done, batches);
                    continue;
                }
                wait(polls ? POLL_MILLIS : 0);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
            return false;
        } finally {
            if (waiting) {
                waiting = false;
                notifyAll();
            }
        }
    }

    /** Called by the training thread after each epoch: pauses when an epoch step was asked for. */
    public synchronized void epochEnded() {
        if (pauseAtEpochEnd) {
            pauseAtEpochEnd = false;
            paused = true;
            minibatchesAllowed = 0;
        }
    }
}
