package seqlab.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Identifies a data set by content: the same sequences give the same hash wherever they were read from.
 *
 * @param source    where the data was read from
 * @param sequences number of sequences
 * @param events    number of events
 * @param sha256    SHA-256 over the sequences' tokens (hex)
 */
public record DataFingerprint(String source, int sequences, long events, String sha256) {

    /** The fingerprint of {@code data}. */
    public static DataFingerprint of(SequenceData data) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (List<String> s : data.sequences()) {
            digest.update(intBytes(s.size()));
            for (String t : s) {
                byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
                digest.update(intBytes(bytes.length));
                digest.update(bytes);
            }
        }
        return new DataFingerprint(data.source(), data.sequences().size(), data.eventCount(),
                HexFormat.of().formatHex(digest.digest()));
    }

    private static byte[] intBytes(int v) {
        return new byte[]{(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    /** Whether {@code other} holds the same sequences. */
    public boolean sameContent(DataFingerprint other) {
        return other != null && sha256.equals(other.sha256);
    }
}
