package seqlab.ui.lesson;

import seqlab.model.Hyperparameter;

/** What a lesson step's button does to the workbench. */
public sealed interface LessonAction {

    /** Opens a bundled sample: {@code toy}, {@code margarine} or {@code movielens}. */
    record OpenSample(String key) implements LessonAction {
    }

    /** Sets every setting to its default. */
    record SetDefaults() implements LessonAction {
    }

    /** Sets one setting, as typed in the settings form. */
    record Set(Hyperparameter setting, String value) implements LessonAction {
    }

    /** Starts training with the current data and settings. */
    record Train() implements LessonAction {
    }

    /** Types a prefix into the Prediction pane. */
    record Predict(String prefix) implements LessonAction {
    }

    /** Shows a tab of the window, by its English name in lower case ({@code data}, {@code runs}, ...). */
    record Show(String tab) implements LessonAction {
    }

    /** Selects the last {@code runs} runs in the Runs tab, so their curves are overlaid. */
    record CompareRuns(int runs) implements LessonAction {
    }
}
