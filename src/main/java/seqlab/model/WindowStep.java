package seqlab.model;

import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import seqlab.eval.Scorer;

/**
 * Windowed training: DL4J runs the embedding and the LSTM once per window (with masks) and
 * backpropagates an external error; the softmax over every step is a {@link SoftmaxHead}. The
 * complete network holds the softmax parameters the head updates in place.
 */
final class WindowStep implements TrainingStep {

    private final ModelConfig config;
    private final int items;
    private final MultiLayerNetwork body;
    private final MultiLayerNetwork full;
    private final SoftmaxHead head;
    /** Dropout on the LSTM's output before the softmax; DL4J's LSTM layer drops its own input. */
    private final Dropout outputDropout;
    private int iteration;

    WindowStep(ModelConfig config, int items) {
        this.config = config;
        this.items = items;
        this.full = NetworkFactory.create(config, items);
        this.body = NetworkFactory.createBody(config, items);
        copy(full, body);
        var out = full.getLayer(NetworkFactory.OUTPUT);
        this.head = new SoftmaxHead(out.getParam("W"), out.getParam("b"), config.learningRate(),
                config.weightDecay());
        this.outputDropout = config.dropout() > 0 ? new Dropout(1 - config.dropout()) : null;
    }


    /** The LSTM's outputs for a batch as rows: step j of window r is row {@code r * steps + j}. */
    INDArray hiddenRows(DataSet data, boolean training) {
        body.setInput(data.getFeatures());
        body.setMask(data.getFeaturesMaskArray());
        activations = body.feedForward(training, !training);
        INDArray h = activations.get(activations.size() - 1);
        long mb = h.size(0);
        long steps = h.size(2);
        return h.permute(0, 2, 1).dup('c').reshape(mb * steps, h.size(1));
    }

    private java.util.List<INDArray> activations = java.util.List.of();

    /** Gradients of the mean target loss of a batch: the softmax's and the embedding's and LSTM's. */
    record Gradients(SoftmaxHead.Pass head, Gradient body) {
    }

    /** Forward and backward pass without an update. */
    Gradients gradients(Minibatches.Batch batch) {
        DataSet data = batch.data();
        long mb = data.getFeatures().size(0);
        long steps = data.getFeatures().size(1);
        INDArray rows = hiddenRows(data, true);
        if (outputDropout != null) {
            outputDropout.applyDropout(rows, rows, iteration, 0, LayerWorkspaceMgr.noWorkspaces());
        }
        SoftmaxHead.Pass pass = head.pass(rows, batch.rowTargets(), batch.targets());
        if (outputDropout != null) {
            INDArray mask = outputDropout.getMask();
            outputDropout.backprop(pass.inputGradient(), pass.inputGradient(), iteration, 0);
            NativeArrays.close(mask);
        }
        INDArray epsilon = pass.inputGradient().reshape(mb, steps, config.units()).permute(0, 2, 1).dup('c');
        Pair<Gradient, INDArray> backprop = body.backpropGradient(epsilon, LayerWorkspaceMgr.noWorkspaces());
        body.clearLayerMaskArrays();
        NativeArrays.close(rows, epsilon, backprop.getSecond());
        for (int i = 1; i < activations.size(); i++) {
            NativeArrays.close(activations.get(i));
        }
        return new Gradients(pass, backprop.getFirst());
    }

    @Override
    public double fit(Minibatches.Batch batch, int epoch) {
        Gradients g = gradients(batch);
        // batch size 1: the gradient already is the mean over the batch's targets
        body.getUpdater().update(body, g.body(), iteration++, epoch, 1, LayerWorkspaceMgr.noWorkspaces());
        body.params().subi(g.body().gradient());
        head.update(g.head());
        NativeArrays.close(batch.data().getFeatures(), batch.data().getFeaturesMaskArray());
        return g.head().lossSum();
    }

    @Override
    public void learningRate(double rate) {
        body.setLearningRate(rate);
        head.learningRate(rate);
    }

    @Override
    public INDArray snapshot() {
        return network().params().dup();
    }

    @Override
    public void restore(INDArray params) {
        full.setParams(params);
        copy(full, body);
    }

    @Override
    public OptimizerState optimizerState() {
        INDArray view = body.getUpdater().getStateViewArray();
        return new OptimizerState(view == null ? null : view.dup(), head.moments(), iteration, Double.NaN);
    }

    @Override
    public void resume(INDArray params, OptimizerState state) {
        restore(params.dup());
        if (state != null) {
            DlUpdaterState.assign(body, state.updater());
            head.resume(state.head(), state.iterations());
            iteration = state.iterations();
        }
    }

    @Override
    public Scorer scorer() {
        copy(body, full);
        return new LstmScorer(full, config, items);
    }

    @Override
    public MultiLayerNetwork network() {
        copy(body, full);
        return full;
    }

    private static void copy(MultiLayerNetwork from, MultiLayerNetwork to) {
        for (int layer : new int[]{NetworkFactory.EMBEDDING, NetworkFactory.LSTM_LAYER}) {
            from.getLayer(layer).paramTable().forEach((key, value) -> to.getLayer(layer).setParam(key, value));
        }
    }
}
