package seqlab.ui.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class RunnersTest {

    @Test
    void theSameThreadRunnerRunsAJobAndItsCallbacksAtOnceOnTheCallingThread() {
        List<String> heard = new ArrayList<>();
        Runners here = Runners.sameThread();
        here.background().submit(new BackgroundTask<>(() -> Thread.currentThread().getName(), heard::add,
                t -> heard.add("failed"), here.ui()));
        here.background().submit(new BackgroundTask<>(() -> {
            throw new IllegalStateException("broken");
        }, v -> heard.add("value"), t -> heard.add(t.getMessage()), here.ui()));
        assertEquals(List.of(Thread.currentThread().getName(), "broken"), heard);
    }

    @Test
    void aStoppableJobSeesTheStopRequestedBeforeItRuns() {
        List<Boolean> seen = new ArrayList<>();
        StoppableTask job = new StoppableTask() {
            @Override
            public void run() {
                seen.add(stopRequested());
            }
        };
        Runners.sameThread().background().submit(job);
        job.requestStop();
        Runners.sameThread().background().submit(job);
        assertEquals(List.of(false, true), seen);
    }

    @Test
    void theFxRunnerRunsJobsOnItsBackgroundThreads() throws Exception {
        CompletableFuture<String> thread = new CompletableFuture<>();
        Runners.fx().background().submit(() -> thread.complete(Thread.currentThread().getName()));
        assertEquals("seqlab-background", thread.get(10, TimeUnit.SECONDS));
    }
}
