package seqlab.ui;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import javafx.animation.AnimationTimer;

public final class PulseMonitor extends AnimationTimer {

    private static final long[] BUCKETS_MS = {17, 25, 33, 50, 100, 250, 1000};

    private final BooleanSupplier training;
    private final PrintStream out;
    private final long[] counts = new long[BUCKETS_MS.length + 1];
    private long last;
    private long pulses;
    private long maxGapNanos;
    private long lastReport;
    private boolean lastMeasured;

    public PulseMonitor(BooleanSupplier training, PrintStream out) {
        this.training = training;
        this.out = out;
    }

    @Override
    public void handle(long now) {
        boolean measuring = training.getAsBoolean();
        if (last != 0 && measuring && lastMeasured) {
            long gap = now - last;
            pulses++;
            maxGapNanos = Math.max(maxGapNanos, gap);
            int b = 0;
            while (b < BUCKETS_MS.length && gap > BUCKETS_MS[b] * 1_000_000) {
                b++;
            }
            counts[b]++;
            if (now - lastReport > 10_000_000_000L) {
                report("while training");
                lastReport = now;
            }
        }
        last = now;
        lastMeasured = measuring;
    }

    public void report(String when) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "pulse monitor (%s): %d pulses, max gap %.1f ms; gaps:", when, pulses, maxGapNanos / 1e6));
        for (int i = 0; i < counts.length; i++) {
            String label = i < BUCKETS_MS.length ? "<=" + BUCKETS_MS[i] + "ms" : ">" + BUCKETS_MS[BUCKETS_MS.length - 1] + "ms";
            s.append(' ').append(label).append('=').append(counts[i]);
        }
        out.println(s);
    }

    public double maxGapMillis() {
        return maxGapNanos / 1e6;
    }
}
