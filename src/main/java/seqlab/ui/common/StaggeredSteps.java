package seqlab.ui.common;

import java.util.List;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs a fixed series of UI updates one at a time, a spacing apart, so that their drawing lands in different
 * frames instead of one long frame; requests that arrive while a round is under way are merged into one more
 * round. FX thread only.
 */
public final class StaggeredSteps {

    private final List<Runnable> steps;
    private final PauseTransition pause;
    private int next = -1;
    private boolean again;

    public StaggeredSteps(Duration spacing, Runnable... steps) {
        this.steps = List.of(steps);
        this.pause = new PauseTransition(spacing);
        pause.setOnFinished(e -> runNext());
    }

    /** Runs the first step now and each further one a spacing after the previous. */
    public void request() {
        if (next >= 0) {
            again = true;
            return;
        }
        next = 0;
        runNext();
    }

    private void runNext() {
        steps.get(next++).run();
        if (next < steps.size()) {
            pause.playFromStart();
        } else if (again) {
            again = false;
            next = 0;
            pause.playFromStart();
        } else {
            next = -1;
        }
    }
}
