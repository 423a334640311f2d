package seqlab.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Puts saved DL4J updater state (Adam moments) back into a network's updater. */
final class DlUpdaterState {

    private DlUpdaterState() {
    }

    /**
     * Copies {@code saved} into {@code network}'s updater state view.
     *
     * @throws IllegalArgumentException when the sizes differ (the state of another network)
     */
    static void assign(MultiLayerNetwork network, INDArray saved) {
        INDArray view = network.getUpdater().getStateViewArray();
        long needed = view == null ? 0 : view.length();
        long given = saved == null ? 0 : saved.length();
        if (needed != given) {
            throw new IllegalArgumentException("the optimizer state holds " + given + " values, the network's updater "
                    + needed + ": it belongs to another network");
        }
        if (view != null) {
            view.assign(saved.reshape(view.shape()));
        }
    }
}
