package seqlab.ui.training;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

final class BatchCoalescer {

    interface Sink {
        void batch(int epoch, int batch, int batches);
    }

    private record Position(int epoch, int batch, int batches) {
    }

    private final Executor ui;
    private final Sink sink;
    private final AtomicReference<Position> pending = new AtomicReference<>();

    BatchCoalescer(Executor ui, Sink sink) {
        this.ui = ui;
        this.sink = sink;
    }

    void offer(int epoch, int batch, int batches) {
        if (pending.getAndSet(new Position(epoch, batch, batches)) == null) {
            ui.execute(() -> {
                Position p = pending.getAndSet(null);
                if (p != null) {
                    sink.batch(p.epoch(), p.batch(), p.batches());
                }
            });
        }
    }
}
