package seqlab.ui.lesson;

import java.util.List;

/**
 * A guided lesson.
 *
 * @param title shown above the steps
 * @param source where it was read from (a file name), for messages
 * @param steps in order, at least one
 */
public record Lesson(String title, String source, List<LessonStep> steps) {

    public Lesson {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one step");
        }
    }
}
