package seqlab.ui.help;

import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import seqlab.model.RuntimeVersions;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.concurrent.BackgroundTask;
import seqlab.ui.concurrent.Runners;

/** Help > About: the versions SeqLab runs on, read in the background (ND4J may still be loading). */
public class AboutViewModel {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    public AboutViewModel(Runners runners, Supplier<RuntimeVersions> versions) {
        String javafx = System.getProperty("javafx.version", "unknown");
        text.set("SeqLab\nJavaFX " + javafx + "\nReading the versions of DL4J and ND4J...");
        runners.background().submit(new BackgroundTask<>(versions::get, v -> text.set(describe(v, javafx)),
                t -> text.set("SeqLab\nJavaFX " + javafx + "\n" + ErrorMessages.of("The numeric library (ND4J) did"
                        + " not report its versions", t)), runners.ui()));
    }

    static String describe(RuntimeVersions v, String javafx) {
        return String.join("\n", "SeqLab " + v.seqlab(), "DL4J " + v.dl4j(), "ND4J " + v.nd4j(), "JavaFX " + javafx,
                "Java " + v.java(), "ND4J backend: " + v.backend() + ", " + v.threads() + " native thread(s)");
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
