package seqlab.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import seqlab.eval.Scorer;

/** The notebook's formulation: DL4J's own fit on one padded prefix per target. */
final class PrefixStep implements TrainingStep {

    private final MultiLayerNetwork net;
    private final ModelConfig config;
    private final int items;

    PrefixStep(ModelConfig config, int items) {
        this.config = config;
        this.items = items;
        this.net = NetworkFactory.create(config, items);
    }

    @Override
    public double fit(Minibatches.Batch batch, int epoch) {
        net.fit(batch.data());
        // DL4J's score is the mean over the label rows (one per prefix)
        double lossSum = net.score() * batch.data().getLabels().size(0);
        NativeArrays.close(batch.data().getFeatures(), batch.data().getLabels());
        return lossSum;
    }

    @Override
    public void learningRate(double rate) {
        net.setLearningRate(rate);
    }

    @Override
    public INDArray snapshot() {
        return net.params().dup();
    }

    @Override
    public void restore(INDArray params) {
        net.setParams(params);
    }

    @Override
    public OptimizerState optimizerState() {
        INDArray view = net.getUpdater().getStateViewArray();
        return new OptimizerState(view == null ? null : view.dup(), null, net.getIterationCount(), Double.NaN);
    }

    @Override
    public void resume(INDArray params, OptimizerState state) {
        net.setParams(params.dup());
        if (state != null) {
            DlUpdaterState.assign(net, state.updater());
            net.setIterationCount(state.iterations());
        }
    }

    @Override
    public Scorer scorer() {
        return new LstmScorer(net, config, items);
    }

    @Override
    public MultiLayerNetwork network() {
        return net;
    }
}
