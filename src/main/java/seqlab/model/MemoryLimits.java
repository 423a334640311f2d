package seqlab.model;

import java.lang.management.ManagementFactory;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;

/**
 * How much memory this process may use, for {@link TrainingEstimate#check}.
 *
 * <p>ND4J allocates its arrays outside the Java heap through JavaCPP. JavaCPP enforces
 * {@code maxPhysicalBytes} (the whole process's resident memory; {@code
 * -Dorg.bytedeco.javacpp.maxphysicalbytes}, by default four times the maximum heap): past it an
 * allocation fails with an out-of-memory error (measured: a run needing 1.1 GB failed at once
 * with {@code maxphysicalbytes=600m}). {@code maxBytes} ({@code -Dorg.bytedeco.javacpp.maxbytes})
 * was not enforced for ND4J's arrays here (the same run finished with {@code maxbytes=100m}), so
 * it is reported but not compared with. The physical memory bounds both.
 *
 * @param processBytes  the most resident memory the process can have: the smaller of JavaCPP's
 *                      maxPhysicalBytes (when set) and the physical memory
 * @param source        which of the two {@code processBytes} is, for messages
 * @param availableBytes physical memory available now plus what this process already holds
 * @param heapBytes     the JVM's maximum heap
 */
public record MemoryLimits(long processBytes, String source, long availableBytes, long heapBytes) {

    /** The limits of this process now. */
    public static MemoryLimits current() {
        long total = -1;
        long available = -1;
        long resident = 0;
        try {
            Loader.load(Pointer.class);
            total = Pointer.totalPhysicalBytes();
            available = Pointer.availablePhysicalBytes();
            resident = Pointer.physicalBytes();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // JavaCPP's natives could not load: ask the JVM (free memory then leaves out the page cache)
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                total = os.getTotalMemorySize();
                available = os.getFreeMemorySize();
            }
        }
        if (total <= 0) {
            total = Long.MAX_VALUE;
        }
        if (available < 0) {
            available = total;
        }
        long javacpp = Pointer.maxPhysicalBytes();
        boolean javacppLimits = javacpp > 0 && javacpp < total;
        return new MemoryLimits(javacppLimits ? javacpp : total,
                javacppLimits ? "JavaCPP's maxPhysicalBytes (-Dorg.bytedeco.javacpp.maxphysicalbytes, by default 4 x the"
                        + " maximum heap -Xmx)" : "the physical memory",
                Math.min(total, available + resident), Runtime.getRuntime().maxMemory());
    }
}
