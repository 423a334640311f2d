package seqlab.ui.training;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Hands minibatch progress to the UI at most once per interval, always the latest position: a progress bar
 * repainted every frame would keep a software renderer too busy to draw the charts in time.
 */
final class BatchCoalescer {

    static final long INTERVAL_NANOS = 200_000_000L;

    interface Sink {
        void batch(int epoch, int batch, int batches);
    }

    private record Position(int epoch, int batch, int batches) {
    }

    private final Executor ui;
    private final Sink sink;
    private final LongSupplier nanoClock;
    private final AtomicReference<Position> pending = new AtomicReference<>();
    private long lastSent = Long.MIN_VALUE;

    BatchCoalescer(Executor ui, Sink sink) {
        this(ui, sink, System::nanoTime);
    }

    BatchCoalescer(Executor ui, Sink sink, LongSupplier nanoClock) {
        this.ui = ui;
        this.sink = sink;
        this.nanoClock = nanoClock;
    }

    /** Called by the training thread after each minibatch. */
    void offer(int epoch, int batch, int batches) {
        pending.set(new Position(epoch, batch, batches));
        long now = nanoClock.getAsLong();
        if (lastSent != Long.MIN_VALUE && now - lastSent < INTERVAL_NANOS) {
            return;
        }
        lastSent = now;
        ui.execute(() -> {
            Position p = pending.getAndSet(null);
            if (p != null) {
                sink.batch(p.epoch(), p.batch(), p.batches());
            }
        });
    }
}
