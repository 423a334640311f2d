package seqlab.model;

import java.util.Locale;

/**
 * Watches each epoch's mean training loss for divergence that stays finite (a NaN or infinite loss
 * already ends training with a {@link TrainingException}). Chance level is {@code ln(V)}: what a
 * model that spreads its probability evenly over the V items pays per target; a normal run starts
 * near it and goes down. With a margin {@code m = max(1, ln(V) / 4)} nats, an epoch diverged when
 * its loss is more than {@code m} above chance level, or above chance level and more than {@code m}
 * above the best earlier epoch (a run that had learned and lost it). A run that diverged is kept,
 * and the warning says so.
 */
final class LossDivergence {

    private final int items;
    private final double chance;
    private final double margin;
    private double best = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private int worstEpoch;
    private double worst = Double.NEGATIVE_INFINITY;
    private double worstRate = Double.NaN;
    private int diverged;

    /** A watch for a model that chooses among {@code items} outputs. */
    LossDivergence(int items) {
        this.items = items;
        this.chance = Math.log(Math.max(1, items));
        this.margin = Math.max(1, chance / 4);
    }

    /** Records an epoch's mean training loss and the learning rate it trained with. */
    void observe(int epoch, double loss, double learningRate) {
        boolean farAboveChance = loss > chance + margin;
        boolean climbedAboveChance = loss > chance && bestEpoch > 0 && loss > best + margin;
        if (items >= 2 && (farAboveChance || climbedAboveChance)) {
            diverged++;
            if (loss > worst) {
                worst = loss;
                worstEpoch = epoch;
                worstRate = learningRate;
            }
        }
        if (loss < best) {
            best = loss;
            bestEpoch = epoch;
        }
    }

    /** Whether any epoch diverged. */
    boolean diverged() {
        return diverged > 0;
    }

    /**
     * What to tell the user, or empty when no epoch diverged.
     *
     * @param keptEpoch the epoch whose weights the model holds
     * @param keptLoss  that epoch's training loss
     */
    String warning(int keptEpoch, double keptLoss) {
        if (diverged == 0) {
            return "";
        }
        String bestText = bestEpoch == worstEpoch ? "" : String.format(Locale.ROOT, "; the best: %.4f in epoch %d",
                best, bestEpoch);
        String rate = Double.isNaN(worstRate) ? "" : String.format(Locale.ROOT, " (it was %s)", worstRate);
        return String.format(Locale.ROOT, "the loss diverged: %d epoch(s) far above chance level ln(%d items) = %.4f"
                        + " (the worst: epoch %d at %.4f%s); the model kept (epoch %d, loss %.4f) may predict badly: lower"
                        + " the learning rate%s", diverged, items, chance, worstEpoch, worst, bestText, keptEpoch,
                keptLoss, rate);
    }
}
