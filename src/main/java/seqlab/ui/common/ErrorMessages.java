package seqlab.ui.common;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

import seqlab.data.DataException;
import seqlab.model.TrainingException;

public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String of(String doing, Throwable t) {
        if (t instanceof DataException || t instanceof TrainingException) {
            return doing + ": " + t.getMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return doing + ": out of memory. Lower max length, units, embedding size or batch size, or start SeqLab"
                    + " with more memory (java -Xmx8g -jar seqlab.jar).";
        }
        if (t instanceof NoSuchFileException) {
            return doing + ": file not found: " + t.getMessage();
        }
        if (t instanceof IOException) {
            return doing + ": " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        }
        String detail = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return doing + ": unexpected error (" + detail + ")";
    }
}
