package seqlab.ui.inside;

import java.util.Arrays;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import seqlab.data.SequenceData;
import seqlab.data.Vocabulary;
import seqlab.model.ModelConfig;
import seqlab.model.TrainingPart;
import seqlab.model.TrainingSamples;
import seqlab.ui.common.CoreSentences;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.common.UiText;
import seqlab.ui.common.WhenShown;
import seqlab.ui.concurrent.BackgroundTask;
import seqlab.ui.concurrent.Runners;

public class SamplesViewModel {

    private final Runners runners;
    private final ObjectProperty<SequenceData> data = new SimpleObjectProperty<>();
    private final ObjectProperty<ModelConfig> settings = new SimpleObjectProperty<>();
    private final IntegerProperty sequenceNumber = new SimpleIntegerProperty(1);
    private final StringProperty typed = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper sequenceCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<TrainingSamples> samples = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainingSamples> notebook = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private TrainingPart part;
    private long generation;
    private final WhenShown whenShown = new WhenShown(this::prepare);

    public SamplesViewModel(Runners runners) {
        this.runners = runners;
        data.addListener((obs, old, now) -> prepare());
        settings.addListener((obs, old, now) -> prepare());
        sequenceNumber.addListener((obs, old, now) -> show());
        typed.addListener((obs, old, now) -> show());
    }

    private void prepare() {
        if (!whenShown.now()) {
            // a long sequence's grid is thousands of nodes: built when someone looks, not for each setting typed
            return;
        }
        long mine = ++generation;
        SequenceData d = data.get();
        ModelConfig c = settings.get();
        sequenceCount.set(d == null ? 0 : d.sequences().size());
        if (d == null || c == null || d.sequences().isEmpty()) {
            part = null;
            show();
            return;
        }
        message.set(UiText.format("samples.preparing", d.sequences().size()));
        runners.background().submit(new BackgroundTask<>(() -> TrainingPart.of(d, c), prepared -> {
            if (mine == generation) {
                part = prepared;
                show();
            }
        }, t -> {
            if (mine == generation) {
                part = null;
                clear(ErrorMessages.of(UiText.get("samples.cannotPrepare"), t));
            }
        }, runners.ui()));
    }

    private void show() {
        ModelConfig c = settings.get();
        List<String> tokens = typedTokens();
        if (c == null) {
            clear(UiText.get("samples.invalidSettings"));
            return;
        }
        if (part == null || part.config() != c || part.data() != data.get()) {
            if (data.get() == null || data.get().sequences().isEmpty()) {
                if (tokens.isEmpty()) {
                    clear(UiText.get("samples.noData"));
                } else {
                    Vocabulary own = Vocabulary.build(List.of(tokens), 1);
                    publish(tokens, own, UiText.get("samples.typedOwnVocabulary"));
                }
            }
            return;
        }
        if (!tokens.isEmpty()) {
            publish(tokens, part.vocabulary(), UiText.get("samples.typedDataVocabulary"));
            return;
        }
        int n = sequenceCount.get();
        int number = sequenceNumber.get();
        if (number < 1 || number > n) {
            clear(UiText.format("samples.noSuchSequence", number, n));
            return;
        }
        TrainingPart.Use use = part.use(number - 1);
        publish(use.tokens(), part.vocabulary(), UiText.format("samples.sequenceOf", number, n)
                + (use.note().isEmpty() ? "" : ": " + CoreSentences.of(use.note())));
    }

    private void publish(List<String> tokens, Vocabulary vocabulary, String about) {
        ModelConfig c = settings.get();
        TrainingSamples current = TrainingSamples.of(tokens, vocabulary, c);
        TrainingSamples notebookSamples = TrainingSamples.notebook(tokens, vocabulary, c);
        // the same samples (a setting they do not depend on changed) are not drawn again
        if (!sameView(current, samples.get())) {
            samples.set(current);
        }
        if (!sameView(notebookSamples, notebook.get())) {
            notebook.set(notebookSamples);
        }
        StringBuilder m = new StringBuilder(about).append(UiText.format("samples.itemCount", tokens.size()));
        current.notes().forEach(note -> m.append("\n").append(CoreSentences.of(note)));
        message.set(m.toString());
    }

    private static boolean sameView(TrainingSamples a, TrainingSamples b) {
        return b != null && a.items().equals(b.items()) && a.samples().equals(b.samples()) && a.notes().equals(b.notes())
                && a.describeConfig().equals(b.describeConfig());
    }

    private void clear(String why) {
        samples.set(null);
        notebook.set(null);
        message.set(why);
    }

    List<String> typedTokens() {
        String text = typed.get() == null ? "" : typed.get().trim();
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
    }

    public String copyText() {
        StringBuilder b = new StringBuilder(message.get()).append("\n\n");
        if (samples.get() != null) {
            b.append(UiText.get("samples.copy.current")).append('\n').append(samples.get().text()).append("\n");
            b.append(UiText.get("samples.copy.notebook")).append('\n').append(notebook.get().text());
        }
        return b.toString();
    }

    /** Whether the samples are on screen; while they are not, new data or settings are shown when they are again. */
    public BooleanProperty shownProperty() {
        return whenShown.shownProperty();
    }

    public ObjectProperty<SequenceData> dataProperty() {
        return data;
    }

    public ObjectProperty<ModelConfig> settingsProperty() {
        return settings;
    }

    public IntegerProperty sequenceNumberProperty() {
        return sequenceNumber;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public ReadOnlyIntegerProperty sequenceCountProperty() {
        return sequenceCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainingSamples> samplesProperty() {
        return samples.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainingSamples> notebookProperty() {
        return notebook.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
