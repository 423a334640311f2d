package seqlab.ui.prediction;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import seqlab.data.DataFingerprint;
import seqlab.data.SequenceData;
import seqlab.model.EpochMetrics;
import seqlab.model.Prediction;
import seqlab.model.ScoredItem;
import seqlab.model.TrainedModel;
import seqlab.ui.common.UiText;

public class PredictionViewModel {

    static final int MAX_SUGGESTIONS = 10;
    static final String SEEN_ITEMS_EXCLUDED = UiText.get("prediction.seenItemsExcluded");

    private final ObjectProperty<TrainedModel> model = new SimpleObjectProperty<>();
    private final StringProperty prefix = new SimpleStringProperty("");
    private final IntegerProperty topK = new SimpleIntegerProperty(10);
    private final ObservableList<ScoredItem> ranked = FXCollections.observableArrayList();
    private final ObservableList<ScoredItem> rankedReadOnly = FXCollections.unmodifiableObservableList(ranked);
    private final ObservableList<ScoredItem> top = FXCollections.observableArrayList();
    private final ObservableList<ScoredItem> topReadOnly = FXCollections.unmodifiableObservableList(top);
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final ObservableList<String> suggestionsReadOnly = FXCollections.unmodifiableObservableList(suggestions);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unknownItems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper seenItemsNote = new ReadOnlyStringWrapper("");
    private final StringProperty origin = new SimpleStringProperty("");
    private final ObjectProperty<SequenceData> data = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper modelText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper otherDataWarning = new ReadOnlyStringWrapper("");

    public PredictionViewModel() {
        for (Observable o : new Observable[] {model, prefix, topK}) {
            o.addListener(x -> update());
        }
        for (Observable o : new Observable[] {model, origin, data}) {
            o.addListener(x -> describeModel());
        }
        update();
        describeModel();
    }

    private void describeModel() {
        TrainedModel m = model.get();
        if (m == null) {
            modelText.set(UiText.get("prediction.noModel"));
            otherDataWarning.set("");
            return;
        }
        DataFingerprint on = m.trainedOn();
        int best = EpochMetrics.bestEpoch(m.history());
        modelText.set(UiText.format("prediction.model", origin.get().isBlank() ? UiText.get("prediction.unnamed")
                : origin.get(), on == null ? UiText.get("prediction.dataNotRecorded")
                : UiText.format("prediction.trainedOnFile", fileName(on.source()), on.sequences()),
                best > 0 ? UiText.format("prediction.epochKept", best, m.history().size())
                : UiText.format("prediction.epochs", m.history().size()), m.vocabulary().size()));
        otherDataWarning.set(otherData(on, data.get(), m.config().minSequenceLength()));
    }

    /**
     * Names differ or sizes differ: cheap enough for every change, and true for any other file or edit that adds or
     * removes events. The model's fingerprint is of the data as training used it (after the minimum length).
     */
    static String otherData(DataFingerprint on, SequenceData now, int minLength) {
        if (on == null || now == null) {
            return "";
        }
        SequenceData used = now.withMinLength(minLength);
        boolean same = fileName(on.source()).equals(fileName(now.source())) && on.sequences() == used.sequences().size()
                && on.events() == used.eventCount();
        return same ? "" : UiText.format("prediction.otherData", fileName(now.source()), now.sequences().size());
    }

    private static String fileName(String source) {
        try {
            Path name = Path.of(source).getFileName();
            return name == null ? source : name.toString();
        } catch (InvalidPathException e) {
            return source;
        }
    }

    private void update() {
        TrainedModel m = model.get();
        unknownItems.set("");
        seenItemsNote.set(m != null && m.excludesSeen() ? SEEN_ITEMS_EXCLUDED : "");
        if (m == null) {
            ranked.clear();
            top.clear();
            suggestions.clear();
            message.set(UiText.get("prediction.noModelHint"));
            return;
        }
        suggestions.setAll(suggest(m, prefix.get()));
        if (prefix.get().isBlank()) {
            ranked.clear();
            top.clear();
            message.set(UiText.get("prediction.typeHint"));
            return;
        }
        Prediction p = m.predict(prefix.get(), 0);
        ranked.setAll(p.items());
        top.setAll(p.items().subList(0, Math.min(Math.max(1, topK.get()), p.items().size())));
        if (!p.unknown().isEmpty()) {
            unknownItems.set(UiText.format("prediction.unknown", String.join(", ", p.unknown())));
        }
        if (!p.excluded().isEmpty()) {
            seenItemsNote.set(SEEN_ITEMS_EXCLUDED + " " + UiText.format("prediction.leftOut", String.join(", ", p.excluded())));
        }
        if (p.isEmpty()) {
            message.set(UiText.get("prediction.noneKnown"));
        } else {
            message.set(UiText.format("prediction.nextAfter", String.join(" ", p.used()))
                    + (p.truncated() > 0 ? " " + UiText.format("prediction.truncated", p.truncated()) : ""));
        }
    }

    static String partial(String text) {
        if (text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return "";
        }
        boolean labelMode = text.contains(";") || text.contains("|");
        int cut = -1;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (labelMode ? c == ';' || c == '|' : Character.isWhitespace(c) || c == ',') {
                cut = i;
                break;
            }
        }
        return text.substring(cut + 1).strip();
    }

    private static List<String> suggest(TrainedModel m, String text) {
        String part = partial(text).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        if (part.isEmpty()) {
            return out;
        }
        for (String token : m.vocabulary().tokens()) {
            String label = m.labels().labelOf(token).orElse("");
            boolean matches = token.toLowerCase(Locale.ROOT).startsWith(part)
                    || label.toLowerCase(Locale.ROOT).startsWith(part);
            if (matches && !token.equalsIgnoreCase(part)) {
                out.add(label.isEmpty() ? token : token + " - " + label);
                if (out.size() == MAX_SUGGESTIONS) {
                    break;
                }
            }
        }
        return out;
    }

    public void applySuggestion(String suggestion) {
        String token = suggestion.contains(" - ") ? suggestion.substring(0, suggestion.indexOf(" - ")) : suggestion;
        String text = prefix.get();
        String part = partial(text);
        String head = text.substring(0, text.length() - part.length());
        boolean labelMode = text.contains(";") || text.contains("|");
        prefix.set(head + token + (labelMode ? "; " : " "));
    }

    public ObjectProperty<TrainedModel> modelProperty() {
        return model;
    }

    /** Where the model came from, e.g. "run 3, trained ..." or "model file m.zip". */
    public StringProperty originProperty() {
        return origin;
    }

    /** The data now loaded, to warn when the model was trained on other data. */
    public ObjectProperty<SequenceData> dataProperty() {
        return data;
    }

    /** Which model predicts: where it came from, its data, the epoch kept and its items. */
    public ReadOnlyStringProperty modelTextProperty() {
        return modelText.getReadOnlyProperty();
    }

    /** Says when the model was trained on other data than the data loaded now; empty otherwise. */
    public ReadOnlyStringProperty otherDataWarningProperty() {
        return otherDataWarning.getReadOnlyProperty();
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public IntegerProperty topKProperty() {
        return topK;
    }

    public ObservableList<ScoredItem> ranked() {
        return rankedReadOnly;
    }

    public ObservableList<ScoredItem> top() {
        return topReadOnly;
    }

    public ObservableList<String> suggestions() {
        return suggestionsReadOnly;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unknownItemsProperty() {
        return unknownItems.getReadOnlyProperty();
    }

    /** States that the model leaves the prefix's items out of the ranking (and which), or empty when it ranks all. */
    public ReadOnlyStringProperty seenItemsNoteProperty() {
        return seenItemsNote.getReadOnlyProperty();
    }
}
