package seqlab.model;

import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The network's forward pass for many prefixes at once, for recommending: the same arithmetic as
 * {@link LstmInference} (and so as the network), as a few large ND4J operations per time step.
 * The embedding times the LSTM's input weights (plus its bias) is computed once per item, so each
 * step costs one table look-up and one recurrent matrix multiply for the whole batch. Prefixes of
 * different lengths are right-aligned: before a prefix starts, its input row and its state are
 * zero, and the gates keep them zero (c = f * 0 + i * tanh(0)), which is the same as running it
 * from its first item. Not thread-safe.
 */
final class BatchedLstm {

    private final ModelConfig config;
    private final InputLayout layout;
    private final int classes;
    private final int units;
    private final float[] inputTable;
    private final INDArray recurrentWeights;
    private final INDArray outputWeights;
    private final INDArray outputBias;

    BatchedLstm(MultiLayerNetwork net, ModelConfig config) {
        this.config = config;
        this.layout = InputLayout.of(config);
        var lstm = net.getLayer(NetworkFactory.LSTM_LAYER);
        var out = net.getLayer(NetworkFactory.OUTPUT);
        this.units = (int) lstm.getParam("RW").size(0);
        this.classes = (int) out.getParam("W").size(1);
        INDArray table = net.getLayer(NetworkFactory.EMBEDDING).getParam("W").mmul(lstm.getParam("W"))
                .addiRowVector(lstm.getParam("b"));
        this.inputTable = table.dup('c').data().asFloat();
        NativeArrays.close(table);
        this.recurrentWeights = lstm.getParam("RW").dup('c');
        this.outputWeights = out.getParam("W").dup('c');
        this.outputBias = out.getParam("b").dup('c');
    }

    /** Number of classes scored. */
    int classes() {
        return classes;
    }

    /**
     * The probability of every class after each prefix, row by row into {@code out}.
     *
     * @param prefixes class indices, oldest first, each non-empty and at most max length
     */
    void scoreBatch(List<int[]> prefixes, float[] out) {
        int mb = prefixes.size();
        int g = 4 * units;
        int[][] rows = new int[mb][];
        int steps = 1;
        for (int r = 0; r < mb; r++) {
            int[] ids = new int[prefixes.get(r).length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = prefixes.get(r)[i] + 1;
            }
            rows[r] = layout.arrange(ids, config.maxLength());
            steps = Math.max(steps, rows[r].length);
        }
        INDArray h = Nd4j.zeros(DataType.FLOAT, mb, units);
        INDArray c = Nd4j.zeros(DataType.FLOAT, mb, units);
        float[] zs = new float[mb * g];
        for (int t = 0; t < steps; t++) {
            for (int r = 0; r < mb; r++) {
                int start = steps - rows[r].length;
                if (t >= start) {
                    System.arraycopy(inputTable, rows[r][t - start] * g, zs, r * g, g);
                } else {
                    // before a prefix starts its row stays zero: with a zero state the gates then keep it zero
                    java.util.Arrays.fill(zs, r * g, (r + 1) * g, 0f);
                }
            }
            INDArray z = Nd4j.create(zs, new long[]{mb, g}, DataType.FLOAT);
            Nd4j.gemm(h, recurrentWeights, z, false, false, 1.0, 1.0);
            INDArray a = Transforms.tanh(z.get(NDArrayIndex.all(), NDArrayIndex.interval(0, units)), false);
            INDArray f = Transforms.sigmoid(z.get(NDArrayIndex.all(), NDArrayIndex.interval(units, 2 * units)), false);
            INDArray o = Transforms.sigmoid(z.get(NDArrayIndex.all(), NDArrayIndex.interval(2 * units, 3 * units)), false);
            INDArray in = Transforms.sigmoid(z.get(NDArrayIndex.all(), NDArrayIndex.interval(3 * units, g)), false);
            INDArray nextC = c.mul(f).addi(in.muli(a));
            INDArray nextH = Transforms.tanh(nextC, true).muli(o);
            NativeArrays.close(z, a, f, o, in, c, h);
            c = nextC;
            h = nextH;
        }
        INDArray logits = h.mmul(outputWeights).addiRowVector(outputBias);
        INDArray p = Transforms.softmax(logits, false);
        INDArray pc = p.ordering() == 'c' && p.offset() == 0 ? p : p.dup('c');
        pc.data().asNioFloat().get(out, 0, mb * classes);
        NativeArrays.close(h, c, logits, p, pc);
    }
}
