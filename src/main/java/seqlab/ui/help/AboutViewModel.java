package seqlab.ui.help;

import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import seqlab.model.RuntimeVersions;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.common.UiText;
import seqlab.ui.concurrent.BackgroundTask;
import seqlab.ui.concurrent.Runners;

/** Help > About: the versions SeqLab runs on, read in the background (ND4J may still be loading). */
public class AboutViewModel {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    public AboutViewModel(Runners runners, Supplier<RuntimeVersions> versions) {
        String javafx = System.getProperty("javafx.version", UiText.get("help.about.unknown"));
        text.set("SeqLab\nJavaFX " + javafx + "\n" + UiText.get("help.about.reading"));
        runners.background().submit(new BackgroundTask<>(versions::get, v -> text.set(describe(v, javafx)),
                t -> text.set("SeqLab\nJavaFX " + javafx + "\n" + ErrorMessages.of(UiText.get("help.about.failed"), t)),
                runners.ui()));
    }

    static String describe(RuntimeVersions v, String javafx) {
        return String.join("\n", "SeqLab " + v.seqlab(), "DL4J " + v.dl4j(), "ND4J " + v.nd4j(), "JavaFX " + javafx,
                "Java " + v.java(), UiText.format("help.about.backend", v.backend(), v.threads()));
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
