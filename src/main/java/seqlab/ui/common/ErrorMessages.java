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
            return doing + ": " + CoreSentences.of(t.getMessage());
        }
        if (t instanceof OutOfMemoryError) {
            return UiText.format("error.outOfMemory", doing);
        }
        if (t instanceof NoSuchFileException) {
            return UiText.format("error.fileNotFound", doing, t.getMessage());
        }
        if (t instanceof IOException) {
            return doing + ": " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        }
        String detail = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return UiText.format("error.unexpected", doing, detail);
    }
}
