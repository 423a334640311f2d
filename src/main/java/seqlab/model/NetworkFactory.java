package seqlab.model;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.preprocessor.RnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.CrashReportingUtil;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds the Embedding -> LSTM -> Dense(softmax) network. Input ids are {@code 0..items} (0 =
 * padding); output classes are the items only ({@code id - 1}), so padding is never predicted.
 */
public final class NetworkFactory {

    /** Layer index of the embedding. */
    public static final int EMBEDDING = 0;
    /** Layer index of the LSTM. */
    public static final int LSTM_LAYER = 1;
    /** Layer index of the softmax output. */
    public static final int OUTPUT = 2;

    static {
        // DL4J writes a crash dump into the working directory on an out-of-memory error, a file the
        // user never asked for; it also needs OSHI, which the pom leaves out
        CrashReportingUtil.crashDumpsEnabled(false);
    }

    private NetworkFactory() {
    }

    /** A freshly initialised network for {@code items} item ids. */
    public static MultiLayerNetwork create(ModelConfig config, int items) {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(config, items));
        net.init();
        return net;
    }

    /**
     * The embedding and LSTM alone, for training with an external softmax ({@link WindowStep});
     * initialised from the same seed as {@link #create}.
     */
    static MultiLayerNetwork createBody(ModelConfig config, int items) {
        var full = configuration(config, items);
        var list = base(config)
                .layer(EMBEDDING, full.getConf(EMBEDDING).getLayer().clone())
                .layer(LSTM_LAYER, full.getConf(LSTM_LAYER).getLayer().clone())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(list);
        net.init();
        return net;
    }

    /** The network configuration. */
    public static MultiLayerConfiguration configuration(ModelConfig config, int items) {
        LSTM.Builder lstmBuilder = new LSTM.Builder()
                .nIn(config.embeddingDim()).nOut(config.units())
                .activation(Activation.TANH).gateActivationFunction(Activation.SIGMOID)
                .dataFormat(RNNFormat.NCW);
        OutputLayer.Builder outputBuilder = new OutputLayer.Builder(LossFunctions.LossFunction.SPARSE_MCXENT)
                .nIn(config.units()).nOut(items).activation(Activation.SOFTMAX);
        if (config.dropout() > 0) {
            // DL4J's dropOut(p) keeps inputs with probability p and applies to a layer's input: the
            // LSTM's input is the embedding's output, the output layer's input the LSTM's output
            lstmBuilder.dropOut(1 - config.dropout());
            outputBuilder.dropOut(1 - config.dropout());
        }
        LSTM lstm = lstmBuilder.build();
        boolean windows = config.formulation() == Formulation.WINDOWS;
        var list = base(config)
                .layer(EMBEDDING, new EmbeddingSequenceLayer.Builder()
                        .nIn(items + 1).nOut(config.embeddingDim())
                        .inputLength(config.maxLength()).build())
                .layer(LSTM_LAYER, windows ? lstm : new LastTimeStep(lstm))
                .layer(OUTPUT, outputBuilder.build());
        if (windows) {
            // the softmax applies to every step; WindowStep trains it as a SoftmaxHead, this layer
            // holds its parameters (and is DL4J's reference in MinibatchesTest)
            list.inputPreProcessor(OUTPUT, new RnnToFeedForwardPreProcessor(RNNFormat.NCW));
        }
        return list.build();
    }

    private static NeuralNetConfiguration.ListBuilder base(ModelConfig config) {
        NeuralNetConfiguration.Builder b = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .dataType(DataType.FLOAT)
                .updater(new Adam(config.learningRate()))
                .weightInit(WeightInit.XAVIER)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED);
        if (config.weightDecay() > 0) {
            b.weightDecay(config.weightDecay(), true);
        }
        return b.list();
    }
}
