package seqlab.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Frees ND4J arrays' native memory at once. Without it, native buffers wait for the Java garbage
 * collector, which rarely runs because the Java heap stays small: resident memory then grows to
 * gigabytes during training.
 */
final class NativeArrays {

    private NativeArrays() {
    }

    /** Closes each array that owns its buffer; views and nulls are left alone. */
    static void close(INDArray... arrays) {
        for (INDArray a : arrays) {
            if (a != null && !a.wasClosed() && a.closeable()) {
                a.close();
            }
        }
    }
}
