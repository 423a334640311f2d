package seqlab.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import seqlab.eval.Scorer;

/** How one minibatch updates the model, for one {@link Formulation}. */
interface TrainingStep {

    /** Trains on {@code batch}; returns the summed cross-entropy of its targets (before the update). */
    double fit(Minibatches.Batch batch, int epoch);

    /** Sets the learning rate of the following updates (every layer). */
    void learningRate(double rate);

    /** A copy of every parameter of the complete network, for {@link #restore}. */
    INDArray snapshot();

    /** Sets every parameter to a {@link #snapshot}. */
    void restore(INDArray params);

    /** A copy of the optimizer's state (its learning rate NaN: the trainer knows it). */
    OptimizerState optimizerState();

    /**
     * Sets every parameter to {@code params} (a copy is taken) and, when {@code state} is not null,
     * the optimizer to {@code state}, so that the next update is the one after the state's last.
     */
    void resume(INDArray params, OptimizerState state);

    /** The current model as an evaluation scorer. */
    Scorer scorer();

    /** The complete network (embedding, LSTM, softmax) with the current parameters. */
    MultiLayerNetwork network();

    /** The step for {@code config}. */
    static TrainingStep of(ModelConfig config, int items) {
        return config.formulation() == Formulation.WINDOWS
                ? new WindowStep(config, items) : new PrefixStep(config, items);
    }
}
