package seqlab.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What the optimizer knows at the end of a run, so that a later run can go on where it ended: the
 * Adam moments of the embedding and LSTM (DL4J's updater state), those of the softmax head when it
 * is trained outside DL4J ({@link Formulation#WINDOWS}), the number of updates made (Adam's bias
 * correction and the dropout masks' iteration depend on it) and the learning rate of the last epoch
 * (where the plateau schedule goes on from).
 *
 * @param updater      a copy of DL4J's updater state view (null when the updater has no state)
 * @param head         the softmax head's moments, flattened (first moment of the weights, second
 *                     moment of the weights, first and second moment of the bias); null for
 *                     {@link Formulation#PREFIXES}, whose softmax DL4J's updater covers
 * @param iterations   minibatch updates made so far
 * @param learningRate the learning rate of the last epoch trained (NaN when not known)
 */
public record OptimizerState(INDArray updater, INDArray head, int iterations, double learningRate) {

    /** This state with another last learning rate. */
    OptimizerState withLearningRate(double rate) {
        return new OptimizerState(updater, head, iterations, rate);
    }
}
