package seqlab.model;

import java.util.List;
import java.util.Random;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Streams training minibatches from encoded sequences (item ids, 0 = padding), one epoch at a
 * time, in a seeded shuffled order. Only one minibatch's arrays exist at a time.
 *
 * <p>{@link Formulation#WINDOWS}: each sequence is cut into consecutive windows of up to
 * max-length inputs; step t of a window predicts the item after it; windows shorter than the
 * longest in the batch are right-padded and masked; targets are class indices, one per step
 * (see {@link Batch#rowTargets()}). {@link Formulation#PREFIXES}: one sample per
 * target, the prefix's most recent max-length items, padded to max-length on the side
 * {@link Padding} says, label at the last step only.
 */
final class Minibatches {

    private final List<int[]> sequences;
    private final ModelConfig config;
    /** Packed sample refs: sequence index in the high 32 bits, start (windows) or target position (prefixes) low. */
    private final long[] samples;
    private final long targets;

    Minibatches(List<int[]> sequences, ModelConfig config) {
        this.sequences = sequences;
        this.config = config;
        long count = 0;
        long nTargets = 0;
        for (int[] s : sequences) {
            if (s.length >= 2) {
                nTargets += s.length - 1;
                count += sampleCount(s.length, config);
            }
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many training samples: " + count);
        }
        samples = new long[(int) count];
        int k = 0;
        for (int i = 0; i < sequences.size(); i++) {
            int len = sequences.get(i).length;
            for (int n = sampleCount(len, config), j = 0; j < n; j++) {
                samples[k++] = ((long) i << 32) | sampleRef(j, config);
            }
        }
        this.targets = nTargets;
    }

    /** Samples a sequence of {@code length} item ids makes: one per window or one per target; none below two items. */
    static int sampleCount(int length, ModelConfig config) {
        if (length < 2) {
            return 0;
        }
        int t = config.maxLength();
        return config.formulation() == Formulation.WINDOWS ? (length - 1 + t - 1) / t : length - 1;
    }

    /** Sample {@code j} of a sequence: the start of window j, or the position of target j + 1. */
    static int sampleRef(int j, ModelConfig config) {
        return config.formulation() == Formulation.WINDOWS ? j * config.maxLength() : j + 1;
    }

    /** Input steps of the window starting at {@code start}: up to max length, the last item only a target. */
    static int windowLength(int length, int start, int maxLength) {
        return Math.min(maxLength, length - 1 - start);
    }

    /**
     * Writes the window of {@code s} starting at {@code start} into row {@code at} of a batch:
     * inputs, mask 1 on its steps and each step's target class; the rest of the row is untouched.
     *
     * @return the window's steps (its targets)
     */
    static int fillWindow(int[] s, int start, int maxLength, float[] x, float[] mask, int[] targets, int at) {
        int len = windowLength(s.length, start, maxLength);
        for (int j = 0; j < len; j++) {
            x[at + j] = s[start + j];
            mask[at + j] = 1f;
            targets[at + j] = s[start + j + 1] - 1;
        }
        return len;
    }

    /**
     * Writes the prefix of {@code s} before target position {@code pos} into row {@code at}
     * (max-length wide, padding 0 on the side the config says): its most recent max-length items.
     *
     * @return the target class
     */
    static int fillPrefix(int[] s, int pos, ModelConfig config, float[] x, int at) {
        int t = config.maxLength();
        int start = Math.max(0, pos - t);
        int len = pos - start;
        int offset = config.padding() == Padding.PRE ? t - len : 0;
        for (int j = 0; j < len; j++) {
            x[at + offset + j] = s[start + j];
        }
        return s[pos] - 1;
    }

    /** Next-item targets per epoch. */
    long targets() {
        return targets;
    }

    /** Minibatches per epoch. */
    int batches() {
        return (samples.length + config.batchSize() - 1) / config.batchSize();
    }

    /** Shuffles the sample order for an epoch. */
    void shuffle(Random random) {
        for (int i = samples.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long tmp = samples[i];
            samples[i] = samples[j];
            samples[j] = tmp;
        }
    }

    /** Minibatch {@code b} of the current order, with the number of targets it holds. */
    Batch batch(int b) {
        int from = b * config.batchSize();
        int to = Math.min(samples.length, from + config.batchSize());
        return config.formulation() == Formulation.WINDOWS ? windows(from, to) : prefixes(from, to);
    }

    /**
     * A minibatch and the number of next-item targets in it.
     *
     * @param rowTargets windows only: the target class of step j of window r at index
     *                   {@code r * steps + j}, -1 for padding; null for prefixes (labels are in {@code data})
     */
    record Batch(DataSet data, int targets, int[] rowTargets) {
    }

    /** Samples (windows or prefixes) in minibatch {@code b} of the current order. */
    int rows(int b) {
        int from = b * config.batchSize();
        return Math.min(samples.length, from + config.batchSize()) - from;
    }

    /**
     * Time steps of minibatch {@code b} of the current order: for windows the longest window in
     * it (the others are padded to it), for prefixes always max-length.
     */
    int steps(int b) {
        int from = b * config.batchSize();
        int to = from + rows(b);
        int t = config.maxLength();
        if (config.formulation() != Formulation.WINDOWS) {
            return t;
        }
        int steps = 0;
        for (int k = from; k < to; k++) {
            steps = Math.max(steps, windowLength(k, t));
        }
        if (to - from == 1 && steps == 1) {
            // DL4J's embedding layer copies a [1, 1] input into a workspace that is closed during
            // backpropagation (ND4JWorkspaceException); a second, masked padding step avoids it
            steps = 2;
        }
        return steps;
    }

    private Batch windows(int from, int to) {
        int mb = to - from;
        int t = config.maxLength();
        int steps = steps(from / config.batchSize());
        float[] x = new float[mb * steps];
        float[] mask = new float[mb * steps];
        int[] targets = new int[mb * steps];
        java.util.Arrays.fill(targets, -1);
        int n = 0;
        for (int r = 0; r < mb; r++) {
            int[] s = sequences.get((int) (samples[from + r] >>> 32));
            n += fillWindow(s, (int) samples[from + r], t, x, mask, targets, r * steps);
        }
        INDArray features = Nd4j.create(x, new long[]{mb, steps}, DataType.FLOAT);
        INDArray m = Nd4j.create(mask, new long[]{mb, steps}, DataType.FLOAT);
        return new Batch(new DataSet(features, null, m, null), n, targets);
    }

    private int windowLength(int k, int t) {
        return windowLength(sequences.get((int) (samples[k] >>> 32)).length, (int) samples[k], t);
    }

    private Batch prefixes(int from, int to) {
        int mb = to - from;
        int t = config.maxLength();
        float[] x = new float[mb * t];
        float[] y = new float[mb];
        for (int r = 0; r < mb; r++) {
            int[] s = sequences.get((int) (samples[from + r] >>> 32));
            y[r] = fillPrefix(s, (int) samples[from + r], config, x, r * t);
        }
        INDArray features = Nd4j.create(x, new long[]{mb, t}, DataType.FLOAT);
        INDArray labels = Nd4j.create(y, new long[]{mb, 1}, DataType.FLOAT);
        return new Batch(new DataSet(features, labels), mb, null);
    }
}
