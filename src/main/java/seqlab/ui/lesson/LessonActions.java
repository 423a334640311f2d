package seqlab.ui.lesson;

/** The workbench as a lesson drives it. */
public interface LessonActions {

    /** Opens a bundled sample; false when the user kept unsaved data instead. */
    boolean openSample(String key);

    void setDefaults();

    void set(LessonAction.Set setting);

    void train();

    void predict(String prefix);

    void show(String tab);

    void compareRuns(int runs);
}
