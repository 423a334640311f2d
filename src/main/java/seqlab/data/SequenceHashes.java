package seqlab.data;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A compact set of sequences, each kept as a 64-bit content hash: what a model was trained on,
 * so that evaluation can leave those sequences out. The hash of a sequence is built item by item,
 * so {@link #longestPrefix} finds how much of a longer sequence is in the set (a sequence that
 * grew since training). Immutable.
 */
public final class SequenceHashes {

    /** Bytes per stored hash. */
    public static final int BYTES_PER_SEQUENCE = Long.BYTES;
    private static final long START = 0x9E3779B97F4A7C15L;

    private final long[] sorted;

    private SequenceHashes(long[] sorted) {
        this.sorted = sorted;
    }

    /** The set of {@code sequences} (duplicates are kept once). */
    public static SequenceHashes of(List<List<String>> sequences) {
        long[] h = new long[sequences.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = hash(sequences.get(i));
        }
        return new SequenceHashes(Arrays.stream(h).sorted().distinct().toArray());
    }

    /** The content hash of one sequence. */
    public static long hash(List<String> sequence) {
        long h = START;
        for (String t : sequence) {
            h = extend(h, t);
        }
        return h;
    }

    private static long extend(long h, String token) {
        long t = 0xcbf29ce484222325L;
        for (byte b : token.getBytes(StandardCharsets.UTF_8)) {
            t = (t ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(h ^ t);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** How many distinct sequences the set holds. */
    public int size() {
        return sorted.length;
    }

    /** Whether {@code sequence} is in the set. */
    public boolean contains(List<String> sequence) {
        return Arrays.binarySearch(sorted, hash(sequence)) >= 0;
    }

    /** The length of the longest prefix of {@code sequence} (possibly all of it) in the set, or 0. */
    public int longestPrefix(List<String> sequence) {
        long h = START;
        int longest = 0;
        for (int i = 0; i < sequence.size(); i++) {
            h = extend(h, sequence.get(i));
            if (Arrays.binarySearch(sorted, h) >= 0) {
                longest = i + 1;
            }
        }
        return longest;
    }

    /** The stored form: the hashes, sorted, 8 bytes each (big-endian). */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(sorted.length * BYTES_PER_SEQUENCE);
        for (long h : sorted) {
            b.putLong(h);
        }
        return b.array();
    }

    /**
     * Reads the stored form.
     *
     * @throws IllegalArgumentException when {@code bytes} is not a whole number of sorted, distinct hashes
     */
    public static SequenceHashes fromBytes(byte[] bytes) {
        if (bytes.length % BYTES_PER_SEQUENCE != 0) {
            throw new IllegalArgumentException(bytes.length + " bytes is not a whole number of " + BYTES_PER_SEQUENCE
                    + "-byte hashes");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long[] h = new long[bytes.length / BYTES_PER_SEQUENCE];
        for (int i = 0; i < h.length; i++) {
            h[i] = b.getLong();
            if (i > 0 && h[i] <= h[i - 1]) {
                throw new IllegalArgumentException("the hashes are not sorted and distinct (at " + i + ")");
            }
        }
        return new SequenceHashes(h);
    }
}
