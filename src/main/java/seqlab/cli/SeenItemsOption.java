package seqlab.cli;

import java.io.PrintStream;

import seqlab.model.SeenItems;
import seqlab.model.TrainedModel;

/**
 * {@code --seen-items exclude|rank} of the commands that use a trained model ({@code evaluate},
 * {@code recommend}): without it, the model's own rule applies.
 */
final class SeenItemsOption {

    private SeenItemsOption() {
    }

    /** {@code --seen-items}, or null when not given. */
    static SeenItems asked(Options o) {
        SeenItems asked = o.choice("seen-items", SeenItems.class, null);
        if (asked == SeenItems.AUTO) {
            throw new UsageException(o.command() + ": --seen-items must be exclude or rank (auto is resolved when"
                    + " training; without the option the model's own rule is used)");
        }
        return asked;
    }

    /** Whether seen items are left out: as {@code asked}, or the model's rule; a note on {@code err} when they differ. */
    static boolean excludes(SeenItems asked, TrainedModel model, String what, PrintStream err) {
        if (asked == null) {
            return model.excludesSeen();
        }
        boolean exclude = asked == SeenItems.EXCLUDE;
        if (exclude != model.excludesSeen()) {
            err.println("note: the model's own metrics " + (model.excludesSeen() ? "left out the items already in"
                    + " the prefix" : "ranked all items") + "; " + what + " " + (exclude ? "leaves them out"
                    : "ranks them all"));
        }
        return exclude;
    }
}
