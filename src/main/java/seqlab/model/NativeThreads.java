package seqlab.model;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Chooses how many native (OpenMP and BLAS) threads ND4J uses. Spin-waiting OpenMP threads
 * collapse throughput when they outnumber the free cores, and they starve a UI thread; so the
 * automatic choice leaves one core free.
 */
public final class NativeThreads {

    private NativeThreads() {
    }

    /** The automatic choice: all cores but one, at least one. */
    public static int automatic() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** Applies {@code requested} threads (0 = {@link #automatic()}) and returns the number applied. */
    public static int apply(int requested) {
        int n = requested > 0 ? requested : automatic();
        Nd4j.getEnvironment().setMaxThreads(n);
        Nd4j.getEnvironment().setMaxMasterThreads(n);
        try {
            Nd4j.factory().blas().setMaxThreads(n);
        } catch (UnsupportedOperationException e) {
            // this BLAS cannot change its thread count after start-up; OpenMP threads still apply
        }
        return n;
    }
}
