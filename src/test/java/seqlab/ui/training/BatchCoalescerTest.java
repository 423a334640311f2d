package seqlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class BatchCoalescerTest {

    private static final long MS = 1_000_000L;

    @Test
    void sendsAtMostOnePositionPerIntervalAndAlwaysTheLatest() {
        Queue<Runnable> ui = new ArrayDeque<>();
        List<String> shown = new ArrayList<>();
        AtomicLong clock = new AtomicLong(1_000 * MS);
        BatchCoalescer coalescer = new BatchCoalescer(ui::add, (e, b, n) -> shown.add(e + ":" + b + "/" + n), clock::get);

        coalescer.offer(1, 1, 10);
        clock.addAndGet(50 * MS);
        coalescer.offer(1, 2, 10);
        clock.addAndGet(50 * MS);
        coalescer.offer(1, 3, 10);
        assertEquals(1, ui.size(), "one hand-over within the first interval");
        ui.poll().run();
        assertEquals(List.of("1:3/10"), shown, "the hand-over shows the latest position, not the first");

        clock.addAndGet(BatchCoalescer.INTERVAL_NANOS);
        coalescer.offer(2, 1, 10);
        assertEquals(1, ui.size(), "a new interval hands over again");
        ui.poll().run();
        assertEquals(List.of("1:3/10", "2:1/10"), shown);
    }
}
