package seqlab.model;

/** Training cannot go on (for example, the loss became NaN); the message says what to change. */
public class TrainingException extends RuntimeException {

    /** An exception with a user-readable message. */
    public TrainingException(String message) {
        super(message);
    }
}
