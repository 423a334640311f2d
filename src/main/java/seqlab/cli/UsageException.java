package seqlab.cli;

/** The command line was used wrongly; the message says how. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
