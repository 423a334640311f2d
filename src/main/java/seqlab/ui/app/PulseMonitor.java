package seqlab.ui.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.util.Formatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javafx.animation.AnimationTimer;

/**
 * Measures the gaps between JavaFX pulses while training runs, from the Train click on
 * ({@code -Dseqlab.pulseMonitor=true}): a histogram every 10 s, and one line per gap over 50 ms with the JVM
 * uptime, so it can be matched against {@link #mark marked events} and a {@code -Xlog:gc} log (whose timestamps
 * are uptimes too). A watchdog thread samples the FX and render threads' stacks when no pulse has come for
 * 50 ms, telling FX-thread work and slow painting apart from a thread that waits for a core or a pause of the
 * whole JVM (a GC pause stops the watchdog too, so it sees nothing).
 */
public final class PulseMonitor extends AnimationTimer {

    private static final long[] BUCKETS_MS = {17, 25, 33, 50, 100, 250, 1000};
    private static final long SLOW_NANOS = 50_000_000L;

    private final BooleanSupplier training;
    private final PrintStream out;
    private final long[] counts = new long[BUCKETS_MS.length + 1];
    private final Map<String, Integer> stalls = new LinkedHashMap<>();
    private final Map<String, Integer> thisGap = new LinkedHashMap<>();
    /** Looked up before measuring: the first lookup loads the management classes, itself a 50+ ms stall. */
    private final RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
    private volatile long lastPulseNanos;
    private volatile boolean measuring;
    private volatile Thread fxThread;
    private Thread renderThread;
    private long last;
    private long pulses;
    private long slow;
    private long maxGapNanos;
    private long lastReport;
    private boolean lastMeasured;

    public PulseMonitor(BooleanSupplier training, PrintStream out) {
        this.training = training;
        this.out = out;
    }

    @Override
    public void start() {
        super.start();
        fxThread = Thread.currentThread();
        gapLine(0, 0); // loads Formatter and its locale data now rather than inside the first gap
        out.println("pulse monitor: JVM started at " + runtime.getStartTime() + " ms since the epoch");
        Thread watchdog = new Thread(this::watch, "seqlab-pulse-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    @Override
    public void handle(long now) {
        boolean measuringNow = training.getAsBoolean();
        long wall = System.nanoTime();
        if (last != 0 && measuringNow && lastMeasured) {
            long gap = now - last;
            pulses++;
            maxGapNanos = Math.max(maxGapNanos, gap);
            int b = 0;
            while (b < BUCKETS_MS.length && gap > BUCKETS_MS[b] * 1_000_000) {
                b++;
            }
            counts[b]++;
            if (gap > SLOW_NANOS) {
                slow++;
                StringBuilder line = new StringBuilder(gapLine(gap, runtime.getUptime()));
                synchronized (stalls) {
                    thisGap.forEach((where, n) -> line.append("; ").append(where).append(" x").append(n));
                }
                out.println(line);
            }
            if (now - lastReport > 10_000_000_000L) {
                out.println(summary("while training"));
                lastReport = now;
            }
        }
        last = now;
        lastMeasured = measuringNow;
        synchronized (stalls) {
            thisGap.clear();
        }
        lastPulseNanos = wall;
        measuring = measuringNow;
    }

    private static String gapLine(long gapNanos, long uptimeMillis) {
        return String.format(Locale.ROOT, "pulse gap %.1f ms ending at uptime %.3f s", gapNanos / 1e6, uptimeMillis / 1e3);
    }

    private void watch() {
        while (true) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
            long since = lastPulseNanos;
            Thread fx = fxThread;
            if (!measuring || fx == null || since == 0 || System.nanoTime() - since < SLOW_NANOS) {
                continue;
            }
            String where = "FX thread in " + where(fx.getStackTrace());
            Thread renderer = renderThread();
            if (renderer != null) {
                where += ", render thread in " + where(renderer.getStackTrace());
            }
            synchronized (stalls) {
                stalls.merge(where, 1, Integer::sum);
                thisGap.merge(where, 1, Integer::sum);
            }
        }
    }

    /** The Quantum render thread, which the FX thread waits for when a frame takes long to draw. */
    private Thread renderThread() {
        if (renderThread == null) {
            renderThread = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
        }
        return renderThread;
    }

    private static String where(StackTraceElement[] stack) {
        StringBuilder s = new StringBuilder();
        int shown = 0;
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            boolean ours = c.startsWith("seqlab.") || c.startsWith("org.jfree.");
            if (shown < 2 || ours) {
                if (s.length() > 0) {
                    s.append(" < ");
                }
                s.append(c.substring(c.lastIndexOf('.') + 1)).append('.').append(e.getMethodName());
                if (++shown == 4) {
                    break;
                }
            }
        }
        return s.length() == 0 ? "(no stack)" : s.toString();
    }

    /** Prints an event of the app with its uptime, to match gaps against what was happening. */
    public void mark(String event) {
        out.println(String.format(Locale.ROOT, "at uptime %.3f s: %s", runtime.getUptime() / 1e3, event));
    }

    /** Prints the summary and where the threads were during the gaps so far. */
    public void report(String when) {
        out.println(summary(when));
        synchronized (stalls) {
            stalls.forEach((where, n) -> out.println("  stalled 50+ ms (10 ms samples): " + where + " (" + n + "x)"));
        }
    }

    private String summary(String when) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "pulse monitor (%s): %d pulses, max gap %.1f ms, %d gap(s) over 50 ms; gaps:", when, pulses,
                maxGapNanos / 1e6, slow));
        for (int i = 0; i < counts.length; i++) {
            String label = i < BUCKETS_MS.length ? "<=" + BUCKETS_MS[i] + "ms" : ">" + BUCKETS_MS[BUCKETS_MS.length - 1] + "ms";
            s.append(' ').append(label).append('=').append(counts[i]);
        }
        return s.toString();
    }
}
