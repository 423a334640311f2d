package seqlab.ui.lesson;

/** A lesson file that cannot be read, with the file, the line and the problem in its message. */
public final class LessonException extends Exception {

    public LessonException(String message) {
        super(message);
    }
}
