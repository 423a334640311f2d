package seqlab.ui.training;

/** A smoothed minibatch loss at a position on the epoch axis (epoch 3, half done: 2.5). */
public record SmoothedLossPoint(double epochs, double loss) {
}
