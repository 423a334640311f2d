package seqlab.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * The trained network's forward pass for one prefix in plain Java, on a private copy of the
 * weights: a single-prefix prediction costs well under a millisecond and never touches the
 * (not thread-safe) network, so the UI can predict while a new model trains. Gives the same
 * probabilities as the network (a test checks it).
 */
final class LstmInference {

    private final int items;
    private final int dim;
    private final int units;
    private final float[] embedding;
    private final float[] inputWeights;
    private final float[] recurrentWeights;
    private final float[] bias;
    private final float[] outputWeights;
    private final float[] outputBias;

    private LstmInference(int items, int dim, int units, float[] embedding, float[] inputWeights,
                          float[] recurrentWeights, float[] bias, float[] outputWeights, float[] outputBias) {
        this.items = items;
        this.dim = dim;
        this.units = units;
        this.embedding = embedding;
        this.inputWeights = inputWeights;
        this.recurrentWeights = recurrentWeights;
        this.bias = bias;
        this.outputWeights = outputWeights;
        this.outputBias = outputBias;
    }

    /** Copies the weights of {@code net}. */
    static LstmInference of(MultiLayerNetwork net) {
        var emb = net.getLayer(NetworkFactory.EMBEDDING).getParam("W");
        var lstm = net.getLayer(NetworkFactory.LSTM_LAYER);
        var out = net.getLayer(NetworkFactory.OUTPUT);
        int units = (int) lstm.getParam("RW").size(0);
        return new LstmInference((int) out.getParam("W").size(1), (int) emb.size(1), units,
                flat(emb), flat(lstm.getParam("W")), flat(lstm.getParam("RW")), flat(lstm.getParam("b")),
                flat(out.getParam("W")), flat(out.getParam("b")));
    }

    private static float[] flat(org.nd4j.linalg.api.ndarray.INDArray a) {
        return a.dup('c').data().asFloat();
    }

    /** A copy of the embedding matrix, one row per input id (row 0: padding). */
    float[][] embeddingRows() {
        float[][] rows = new float[embedding.length / dim][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = java.util.Arrays.copyOfRange(embedding, r * dim, (r + 1) * dim);
        }
        return rows;
    }

    /** Number of output classes. */
    int classes() {
        return items;
    }

    /** Hidden state after running over {@code ids} (input ids, 0 = padding). */
    float[] hidden(int[] ids) {
        float[][][] s = steps(ids);
        return ids.length == 0 ? new float[units] : s[0][ids.length - 1];
    }

    /**
     * The hidden and cell state after every step of {@code ids} (input ids, 0 = padding):
     * {@code [0][t]} is h and {@code [1][t]} is c after step t. DL4J's LSTM (LSTMHelpers): the
     * four gate blocks of W, RW and b are, in order, the block input (layer activation, tanh), the
     * forget gate, the output gate and the input gate (gate activation, sigmoid); no peepholes.
     */
    float[][][] steps(int[] ids) {
        return steps(ids, new float[units], new float[units]);
    }

    /** {@link #steps(int[])} going on from hidden state {@code h0} and cell state {@code c0} (not changed). */
    float[][][] steps(int[] ids, float[] h0, float[] c0) {
        int g = 4 * units;
        float[] h = h0;
        float[] c = c0;
        float[] z = new float[g];
        float[][][] out = new float[2][ids.length][];
        for (int t = 0; t < ids.length; t++) {
            int id = ids[t];
            System.arraycopy(bias, 0, z, 0, g);
            int e0 = id * dim;
            for (int i = 0; i < dim; i++) {
                float x = embedding[e0 + i];
                int w0 = i * g;
                for (int k = 0; k < g; k++) {
                    z[k] += x * inputWeights[w0 + k];
                }
            }
            for (int i = 0; i < units; i++) {
                float x = h[i];
                int w0 = i * g;
                for (int k = 0; k < g; k++) {
                    z[k] += x * recurrentWeights[w0 + k];
                }
            }
            float[] nextH = new float[units];
            float[] nextC = new float[units];
            for (int u = 0; u < units; u++) {
                float a = (float) Math.tanh(z[u]);
                float f = sigmoid(z[units + u]);
                float o = sigmoid(z[2 * units + u]);
                float in = sigmoid(z[3 * units + u]);
                nextC[u] = f * c[u] + in * a;
                nextH[u] = o * (float) Math.tanh(nextC[u]);
            }
            h = nextH;
            c = nextC;
            out[0][t] = h;
            out[1][t] = c;
        }
        return out;
    }

    /** The state after the last step of {@code ids} (zeros for no step). */
    LstmState state(int[] ids) {
        float[][][] s = steps(ids);
        return ids.length == 0 ? new LstmState(new float[units], new float[units])
                : new LstmState(s[0][ids.length - 1], s[1][ids.length - 1]);
    }

    /** Softmax probabilities of every class after {@code ids}. */
    float[] probabilities(int[] ids) {
        return probabilities(hidden(ids));
    }

    /** Softmax probabilities of every class for hidden state {@code h}. */
    float[] probabilities(float[] h) {
        return probabilities(new float[][] {h})[0];
    }

    /**
     * {@link #probabilities(float[])} of several hidden states, with the same arithmetic for each. One pass over
     * the output weights serves them all: read once per state, the weights (8.7 MB on MovieLens) made a
     * 20-step trace wait on memory for 20 ms.
     */
    float[][] probabilities(float[][] hs) {
        float[][] logits = new float[hs.length][];
        for (int s = 0; s < hs.length; s++) {
            logits[s] = outputBias.clone();
        }
        for (int u = 0; u < units; u++) {
            int w0 = u * items;
            for (int s = 0; s < hs.length; s++) {
                float x = hs[s][u];
                float[] l = logits[s];
                for (int k = 0; k < items; k++) {
                    l[k] += x * outputWeights[w0 + k];
                }
            }
        }
        for (float[] l : logits) {
            softmaxInPlace(l);
        }
        return logits;
    }

    private void softmaxInPlace(float[] logits) {
        float max = Float.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (int k = 0; k < items; k++) {
            logits[k] = (float) Math.exp(logits[k] - max);
            sum += logits[k];
        }
        float inv = (float) (1.0 / sum);
        for (int k = 0; k < items; k++) {
            logits[k] *= inv;
        }
    }

    private static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }
}
