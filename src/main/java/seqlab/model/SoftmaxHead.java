package seqlab.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The Dense(softmax) layer over every time step of a window, trained outside DL4J's output
 * layer. DL4J's output layer computes the forward pass twice per minibatch (once for the
 * gradient, once for the score), copies the [steps x items] logits between memory orders and
 * runs softmax on the strided copy; on MovieLens (8,851 items) that was about 70% of training
 * time (JFR native-method profile). Here: one forward GEMM, one row-wise softmax, two backward
 * GEMMs, and Adam with DL4J's defaults.
 */
final class SoftmaxHead {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final INDArray weights;
    private final INDArray bias;
    private final INDArray mW;
    private final INDArray vW;
    private final INDArray mB;
    private final INDArray vB;
    private final INDArray scratchW;
    private final INDArray scratchB;
    private final INDArray weightGradient;
    private final java.util.Map<Long, INDArray[]> rowBuffers = new java.util.HashMap<>();
    private final double weightDecay;
    private double learningRate;
    private int step;

    /**
     * Wraps the given weights [units, items] and bias [1, items] (both updated in place).
     *
     * @param weightDecay decoupled weight decay of the weights (not the bias): each update also
     *                    subtracts learning rate x weightDecay x weights, as DL4J's {@code WeightDecay}
     *                    does for the embedding and the LSTM
     */
    SoftmaxHead(INDArray weights, INDArray bias, double learningRate, double weightDecay) {
        this.weights = weights;
        this.bias = bias;
        this.learningRate = learningRate;
        this.weightDecay = weightDecay;
        this.mW = Nd4j.zeros(weights.dataType(), weights.shape());
        this.vW = Nd4j.zeros(weights.dataType(), weights.shape());
        this.mB = Nd4j.zeros(bias.dataType(), bias.shape());
        this.vB = Nd4j.zeros(bias.dataType(), bias.shape());
        this.scratchW = Nd4j.zeros(weights.dataType(), weights.shape());
        this.scratchB = Nd4j.zeros(bias.dataType(), bias.shape());
        this.weightGradient = Nd4j.zeros(weights.dataType(), weights.shape());
    }

    /**
     * The result of one forward and backward pass. Its arrays are the head's own buffers: valid
     * until the next pass, never to be closed by the caller.
     */
    record Pass(double lossSum, INDArray inputGradient, INDArray weightGradient, INDArray biasGradient) {
    }

    /**
     * Forward and backward for rows {@code hidden} [rows, units]; {@code targets[row]} is the
     * target class of a row, or -1 for a padded row (no loss, no gradient). Gradients are of the
     * mean loss over the targets.
     */
    Pass pass(INDArray hidden, int[] targets, int targetCount) {
        int rows = (int) hidden.size(0);
        // GEMMs write straight into buffers kept per row count: INDArray.mmul allocated a result
        // and a temporary and copied one into the other, a third of the softmax layer's time
        INDArray[] buffers = rowBuffers.computeIfAbsent((long) rows, r -> new INDArray[]{
                Nd4j.createUninitialized(DataType.FLOAT, r, weights.size(1)),
                Nd4j.createUninitialized(DataType.FLOAT, r, weights.size(0))});
        INDArray probabilities = Nd4j.gemm(hidden, weights, buffers[0], false, false, 1.0, 0.0).addiRowVector(bias);
        Transforms.softmax(probabilities, false);
        double lossSum = 0;
        float[] keep = new float[rows];
        for (int r = 0; r < rows; r++) {
            int t = targets[r];
            if (t >= 0) {
                float p = probabilities.getFloat(r, t);
                lossSum -= Math.log(Math.max(p, 1e-30f));
                probabilities.putScalar(r, t, p - 1f);
                keep[r] = 1f / targetCount;
            }
        }
        INDArray keepColumn = Nd4j.create(keep, new long[]{rows, 1}, DataType.FLOAT);
        INDArray delta = probabilities.muliColumnVector(keepColumn);
        Nd4j.gemm(hidden, delta, weightGradient, true, false, 1.0, 0.0);
        INDArray biasSum = delta.sum(0);
        INDArray biasGradient = biasSum.reshape(bias.shape()).dup();
        INDArray inputGradient = Nd4j.gemm(delta, weights, buffers[1], false, true, 1.0, 0.0);
        NativeArrays.close(keepColumn, biasSum);
        return new Pass(lossSum, inputGradient, weightGradient, biasGradient);
    }

    /** Sets the learning rate of the following updates. */
    void learningRate(double rate) {
        learningRate = rate;
    }

    /** A copy of the Adam moments, flattened: first and second moment of the weights, then of the bias. */
    INDArray moments() {
        return Nd4j.toFlattened(mW, vW, mB, vB);
    }

    /**
     * Sets the Adam moments to {@code flat} (as {@link #moments()} gives them) and the step count
     * to {@code steps}.
     *
     * @throws IllegalArgumentException when {@code flat} is missing or of another size
     */
    void resume(INDArray flat, int steps) {
        long w = mW.length();
        long b = mB.length();
        if (flat == null || flat.length() != 2 * w + 2 * b) {
            throw new IllegalArgumentException("the softmax optimizer state holds "
                    + (flat == null ? "nothing" : flat.length() + " values") + ", the model needs " + (2 * w + 2 * b));
        }
        INDArray row = flat.reshape(flat.length());
        long at = 0;
        for (INDArray m : new INDArray[]{mW, vW, mB, vB}) {
            long n = m.length();
            m.assign(row.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(at, at + n)).reshape(m.shape()));
            at += n;
        }
        step = steps;
    }

    /** One Adam step with the gradients of {@code pass}. */
    void update(Pass pass) {
        step++;
        double alpha = learningRate * Math.sqrt(1 - Math.pow(BETA2, step)) / (1 - Math.pow(BETA1, step));
        if (weightDecay > 0) {
            weights.muli(1 - learningRate * weightDecay);
        }
        adam(weights, pass.weightGradient(), mW, vW, scratchW, alpha);
        adam(bias, pass.biasGradient(), mB, vB, scratchB, alpha);
        NativeArrays.close(pass.biasGradient());
    }

    /** Adam without temporaries: every intermediate goes through {@code tmp}. */
    private static void adam(INDArray param, INDArray grad, INDArray m, INDArray v, INDArray tmp, double alpha) {
        tmp.assign(grad).muli(1 - BETA1);
        m.muli(BETA1).addi(tmp);
        tmp.assign(grad).muli(grad).muli(1 - BETA2);
        v.muli(BETA2).addi(tmp);
        tmp.assign(v);
        Transforms.sqrt(tmp, false).addi(EPSILON).rdivi(m).muli(alpha);
        param.subi(tmp);
    }
}
