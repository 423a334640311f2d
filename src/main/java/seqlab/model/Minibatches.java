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
        int t = config.maxLength();
        long count = 0;
        long nTargets = 0;
        for (int[] s : sequences) {
            if (s.length >= 2) {
                nTargets += s.length - 1;
                count += config.formulation() == Formulation.WINDOWS ? (s.length - 1 + t - 1) / t : s.length - 1;
            }
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many training samples: " + count);
        }
        samples = new long[(int) count];
        int k = 0;
        for (int i = 0; i < sequences.size(); i++) {
            int len = sequences.get(i).length;
            if (len < 2) {
                continue;
            }
            if (config.formulation() == Formulation.WINDOWS) {
                for (int start = 0; start < len - 1; start += t) {
                    samples[k++] = ((long) i << 32) | start;
                }
            } else {
                for (int pos = 1; pos < len; pos++) {
                    samples[k++] = ((long) i << 32) | pos;
                }
            }
        }
        this.targets = nTargets;
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
            int start = (int) samples[from + r];
            int len = windowLength(from + r, t);
            for (int j = 0; j < len; j++) {
                x[r * steps + j] = s[start + j];
                mask[r * steps + j] = 1f;
                targets[r * steps + j] = s[start + j + 1] - 1;
            }
            n += len;
        }
        INDArray features = Nd4j.create(x, new long[]{mb, steps}, DataType.FLOAT);
        INDArray m = Nd4j.create(mask, new long[]{mb, steps}, DataType.FLOAT);
        return new Batch(new DataSet(features, null, m, null), n, targets);
    }

    private int windowLength(int k, int t) {
        int[] s = sequences.get((int) (samples[k] >>> 32));
        int start = (int) samples[k];
        return Math.min(t, s.length - 1 - start);
    }

    private Batch prefixes(int from, int to) {
        int mb = to - from;
        int t = config.maxLength();
        float[] x = new float[mb * t];
        float[] y = new float[mb];
        for (int r = 0; r < mb; r++) {
            int[] s = sequences.get((int) (samples[from + r] >>> 32));
            int pos = (int) samples[from + r];
            int start = Math.max(0, pos - t);
            int len = pos - start;
            int offset = config.padding() == Padding.PRE ? t - len : 0;
            for (int j = 0; j < len; j++) {
                x[r * t + offset + j] = s[start + j];
            }
            y[r] = s[pos] - 1;
        }
        INDArray features = Nd4j.create(x, new long[]{mb, t}, DataType.FLOAT);
        INDArray labels = Nd4j.create(y, new long[]{mb, 1}, DataType.FLOAT);
        return new Batch(new DataSet(features, labels), mb, null);
    }
}
