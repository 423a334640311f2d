package seqlab.model;

import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import seqlab.eval.Scorer;

/**
 * Scores batches of prefixes with the network itself (ND4J), for evaluation: one LSTM pass per
 * batch, then one matrix multiply for the softmax layer. Prefixes arrive as class indices.
 */
final class LstmScorer implements Scorer {

    private final MultiLayerNetwork net;
    private final ModelConfig config;
    private final InputLayout layout;
    private final int classes;

    LstmScorer(MultiLayerNetwork net, ModelConfig config, int classes) {
        this.net = net;
        this.config = config;
        this.layout = InputLayout.of(config);
        this.classes = classes;
    }

    @Override
    public String name() {
        return "lstm";
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public boolean givesProbabilities() {
        return true;
    }

    @Override
    public float[] scoreBatch(List<int[]> prefixes) {
        float[] out = new float[prefixes.size() * classes];
        scoreBatch(prefixes, out);
        return out;
    }

    @Override
    public void scoreBatch(List<int[]> prefixes, float[] out) {
        int mb = prefixes.size();
        int steps = layout == InputLayout.UNPADDED
                ? prefixes.stream().mapToInt(p -> p.length).max().orElse(1) : config.maxLength();
        float[] x = new float[mb * steps];
        for (int r = 0; r < mb; r++) {
            int[] ids = layout.arrange(toIds(prefixes.get(r)), config.maxLength());
            for (int j = 0; j < ids.length; j++) {
                x[r * steps + j] = ids[j];
            }
        }
        INDArray features = Nd4j.create(x, new long[]{mb, steps}, DataType.FLOAT);
        if (layout != InputLayout.UNPADDED) {
            INDArray probabilities = net.output(features, false);
            copy(probabilities, out);
            NativeArrays.close(features, probabilities);
            return;
        }
        INDArray sequence = net.feedForwardToLayer(NetworkFactory.LSTM_LAYER, features, false)
                .get(NetworkFactory.LSTM_LAYER + 1);
        // each row's last step, gathered in Java: one copy instead of a native call per row
        int units = config.units();
        float[] all = new float[mb * units * steps];
        copy(sequence, all);
        float[] h = new float[mb * units];
        for (int r = 0; r < mb; r++) {
            int last = prefixes.get(r).length - 1;
            for (int u = 0; u < units; u++) {
                h[r * units + u] = all[(r * units + u) * steps + last];
            }
        }
        INDArray hidden = Nd4j.create(h, new long[]{mb, units}, DataType.FLOAT);
        var output = net.getLayer(NetworkFactory.OUTPUT);
        INDArray logits = hidden.mmul(output.getParam("W")).addiRowVector(output.getParam("b"));
        copy(Transforms.softmax(logits, false), out);
        NativeArrays.close(features, sequence, hidden, logits);
    }

    private static void copy(INDArray matrix, float[] out) {
        INDArray c = matrix.ordering() == 'c' && matrix.offset() == 0 ? matrix : matrix.dup('c');
        c.data().asNioFloat().get(out, 0, (int) c.length());
        if (c != matrix) {
            NativeArrays.close(c);
        }
    }

    private static int[] toIds(int[] classes) {
        int[] ids = new int[classes.length];
        for (int i = 0; i < classes.length; i++) {
            ids[i] = classes[i] + 1;
        }
        return ids;
    }
}
