package seqlab.ui.lesson;

import java.util.List;

/**
 * One step of a lesson.
 *
 * @param title   its heading
 * @param text    what it explains, paragraphs separated by blank lines
 * @param button  the text of the button that carries out its actions
 * @param actions what the button does, in order; empty for a step that only explains
 */
public record LessonStep(String title, String text, String button, List<LessonAction> actions) {

    public LessonStep {
        actions = List.copyOf(actions);
    }

    /** Whether the step trains a model (the lesson waits for it before the next step's button). */
    public boolean trains() {
        return actions.stream().anyMatch(a -> a instanceof LessonAction.Train);
    }
}
