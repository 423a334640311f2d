package seqlab.ui.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import seqlab.data.DataException;
import seqlab.data.DataSummary;
import seqlab.data.ItemChecks;
import seqlab.data.ItemLabels;
import seqlab.data.OutputFile;
import seqlab.data.ReadOptions;
import seqlab.data.SequenceData;
import seqlab.data.SequenceReader;
import seqlab.data.SkippedLine;
import seqlab.data.TableRead;
import seqlab.data.TextFile;
import seqlab.model.Hyperparameter;
import seqlab.model.SeenItems;
import seqlab.ui.common.CoreSentences;
import seqlab.ui.common.UiText;

public class DataViewModel {

    static final int EDIT_LIMIT_BYTES = 512 * 1024;
    static final int PREVIEW_LINES = 500;
    public static final int HISTOGRAM_BUCKETS = 12;

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper sourceName = new ReadOnlyStringWrapper("untitled");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<SequenceData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DataSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ItemLabels> labels = new ReadOnlyObjectWrapper<>(ItemLabels.none());
    private final ReadOnlyStringWrapper labelsName = new ReadOnlyStringWrapper(UiText.get("data.noLabels"));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsReadOnly = FXCollections.unmodifiableObservableList(problems);
    /** A bar of the length histogram: the lengths it covers, e.g. {@code 5-8}, and how many sequences have them. */
    public record LengthBar(String lengths, int sequences) {
    }

    private final ObservableList<LengthBar> histogram = FXCollections.observableArrayList();
    private final ObservableList<LengthBar> histogramReadOnly = FXCollections.unmodifiableObservableList(histogram);
    private final ReadOnlyStringWrapper histogramNote = new ReadOnlyStringWrapper("");
    private final ObservableList<String> topItems = FXCollections.observableArrayList();
    private final ObservableList<String> topItemsReadOnly = FXCollections.unmodifiableObservableList(topItems);
    private final StringProperty seenItemsSetting = new SimpleStringProperty(Hyperparameter.SEEN_ITEMS.defaultText());
    private final StringBinding seenItemsSuggestion;
    private boolean loading;
    private List<String> notes = List.of();

    /** How the open file was read; text typed or saved here is UTF-8. */
    private String encoding = TextFile.UTF_8;
    /** How the data is read, whenever it is read again (columns chosen on import, or detected). */
    private ReadOptions readOptions = ReadOptions.auto();

    public DataViewModel() {
        text.addListener((obs, old, now) -> {
            if (!loading) {
                dirty.set(true);
            }
        });
        seenItemsSuggestion = Bindings.createStringBinding(this::suggestSeenItems, summary, seenItemsSetting);
    }

    private String suggestSeenItems() {
        DataSummary s = summary.get();
        if (s == null || !(s.repeats().share() < SeenItems.AUTO_THRESHOLD) || !ranksSeenItems()) {
            return "";
        }
        return UiText.format("data.seenItemsSuggestion", s.repeats().sharePercent());
    }

    private boolean ranksSeenItems() {
        return Hyperparameter.SEEN_ITEMS.typeProblem(seenItemsSetting.get()).isEmpty()
                && Hyperparameter.SEEN_ITEMS.parse(seenItemsSetting.get()) == SeenItems.RANK;
    }

    /** Sets the seen-items setting to exclude, as the suggestion proposes. */
    public void excludeSeenItems() {
        seenItemsSetting.set(Hyperparameter.format(SeenItems.EXCLUDE));
    }

    public void loadSample(BundledSample sample) {
        encoding = TextFile.UTF_8;
        readOptions = ReadOptions.auto();
        String content = sample.text();
        if (content.length() <= EDIT_LIMIT_BYTES) {
            load(sample.fileName(), null, content, sample.labels(), sample.title());
            return;
        }
        SequenceData read = new SequenceReader().read(sample.fileName(), content);
        showPreview(sample.fileName(), null, content.lines().limit(PREVIEW_LINES).toList(), read);
        labels.set(sample.labels());
        labelsName.set(UiText.format("data.labelsTitle", sample.title(), labels.get().labels().size()));
        accept(read);
    }

    public void open(Path path) throws IOException {
        open(path, ReadOptions.auto());
    }

    /** Opens {@code path} read with {@code options}, which are used whenever the data is read again. */
    public void open(Path path, ReadOptions options) throws IOException {
        TextFile.Decoded decoded = TextFile.read(path);
        String name = path.getFileName().toString();
        readOptions = options;
        if (decoded.text().length() <= EDIT_LIMIT_BYTES) {
            encoding = decoded.encoding();
            load(name, path, decoded.text(), labels.get(), labelsName.get());
            return;
        }
        SequenceData read = new SequenceReader(options).read(path.toString(), decoded.text())
                .withEncoding(decoded.encoding());
        showPreview(name, path, decoded.text().lines().limit(PREVIEW_LINES).toList(), read);
    }

    /**
     * Shows a table read (in the background) with the columns chosen on import, as {@link #open} would; the
     * label column's labels, when there is one, become the item labels.
     */
    public void openImported(Path path, TextFile.Decoded decoded, ReadOptions options, TableRead read) {
        String name = path.getFileName().toString();
        readOptions = options;
        encoding = decoded.encoding();
        ItemLabels itemLabels = options.labelColumn() == null ? labels.get() : read.labels();
        String title = options.labelColumn() == null ? labelsName.get()
                : UiText.format("data.labelsFromColumn", options.labelColumn(), itemLabels.labels().size());
        if (decoded.text().length() <= EDIT_LIMIT_BYTES) {
            load(name, path, decoded.text(), itemLabels, title);
            return;
        }
        labels.set(itemLabels);
        labelsName.set(itemLabels.labels().isEmpty() ? UiText.get("data.noLabels") : title);
        showPreview(name, path, decoded.text().lines().limit(PREVIEW_LINES).toList(), read.data());
    }

    /** How the data is read whenever it is read again. */
    public ReadOptions readOptions() {
        return readOptions;
    }

    private void showPreview(String name, Path path, List<String> head, SequenceData read) {
        loading = true;
        try {
            text.set(String.join("\n", head) + "\n...");
            editable.set(false);
            dirty.set(false);
            sourceName.set(name);
            file.set(path);
            accept(read);
        } finally {
            loading = false;
        }
    }

    /** Shows data that lives in no file (e.g. stored in an experiment) as if typed, with its labels. */
    public void restore(String name, String content, ItemLabels itemLabels) {
        encoding = TextFile.UTF_8;
        readOptions = ReadOptions.auto();
        load(name, null, content, itemLabels, UiText.format("data.labelsTitle", UiText.get("runs.experiment.labels"),
                itemLabels.labels().size()));
    }

    /** Uses labels that live in no file, e.g. stored in an experiment. */
    public void useLabels(ItemLabels itemLabels, String title) {
        labels.set(itemLabels);
        labelsName.set(UiText.format("data.labelsTitle", title, itemLabels.labels().size()));
        reparse();
    }

    public void openLabels(Path path) {
        ItemLabels read = ItemLabels.read(path);
        labels.set(read);
        labelsName.set(read.skipped().isEmpty()
                ? UiText.format("data.labelsTitle", path.getFileName().toString(), read.labels().size())
                : UiText.format("data.labelsTitleSkipped", path.getFileName().toString(), read.labels().size(),
                    read.skipped().size()));
        if (editable.get()) {
            reparse();
        } else if (data.get() != null) {
            accept(data.get());
        }
    }

    public void newData() {
        encoding = TextFile.UTF_8;
        readOptions = ReadOptions.auto();
        load("untitled.txt", null, "", ItemLabels.none(), UiText.get("data.noLabels"));
    }

    private void load(String name, Path path, String content, ItemLabels itemLabels, String labelsTitle) {
        loading = true;
        try {
            sourceName.set(name);
            file.set(path);
            labels.set(itemLabels);
            labelsName.set(itemLabels.labels().isEmpty() ? UiText.get("data.noLabels") : labelsTitle);
            editable.set(true);
            text.set(content);
            dirty.set(false);
        } finally {
            loading = false;
        }
        reparse();
    }

    public void reparse() {
        if (!editable.get()) {
            return;
        }
        try {
            accept(new SequenceReader(readOptions).read(sourceName.get(), text.get()).withEncoding(encoding));
        } catch (DataException e) {
            data.set(null);
            problems.setAll();
            histogram.setAll();
            topItems.setAll();
            error.set(e.getMessage());
            // last, as in accept: listeners of the summary read the histogram and lists cleared above
            summary.set(null);
        }
    }

    private void accept(SequenceData read) {
        error.set("");
        notes = ItemChecks.notes(read);
        data.set(read);
        DataSummary s = DataSummary.of(read, 10);
        List<String> notUsed = new ArrayList<>(read.skipped().stream()
                .sorted(Comparator.comparingInt(SkippedLine::line)).map(k -> CoreSentences.of(k.where() + k.reason())).toList());
        ItemLabels itemLabels = labels.get();
        String labelsFile = itemLabels.source().isEmpty() ? UiText.get("data.labelsFile")
                : Path.of(itemLabels.source()).getFileName().toString();
        itemLabels.skipped().stream().sorted(Comparator.comparingInt(SkippedLine::line))
                .forEach(k -> notUsed.add(labelsFile + " " + CoreSentences.of(k.where() + k.reason())));
        problems.setAll(notUsed);
        int max = Math.max(1, s.maxLength());
        int min = Math.max(1, Math.min(s.minLength(), max));
        int span = max - min + 1;
        int buckets = Math.min(HISTOGRAM_BUCKETS, span);
        int[] counts = DataSummary.lengthHistogram(read, buckets, min, max);
        List<LengthBar> bars = new ArrayList<>(buckets);
        for (int i = 0; i < buckets; i++) {
            int from = min + (int) ((long) i * span / buckets);
            int to = min + (int) ((long) (i + 1) * span / buckets) - 1;
            bars.add(new LengthBar(from == to ? Integer.toString(from) : from + "-" + to, counts[i]));
        }
        histogram.setAll(bars);
        histogramNote.set(UiText.format(buckets < span ? "data.histogramNoteShortest" : "data.histogramNote", min, max, buckets));
        ItemLabels l = labels.get();
        topItems.setAll(s.topItems().stream().map(c -> l.labelOf(c.item()).map(x -> c.item() + "  " + x).orElse(c.item())
                + "  x" + c.count()).toList());
        // last: listeners of the summary read the histogram and lists set above
        summary.set(s);
    }

    public void saveAs(Path path) throws IOException {
        if (!editable.get()) {
            throw new IOException(UiText.get("data.readOnlyPreview"));
        }
        OutputFile.write(path, text.get().getBytes(StandardCharsets.UTF_8));
        encoding = TextFile.UTF_8;
        file.set(path);
        sourceName.set(path.getFileName().toString());
        dirty.set(false);
    }

    public String summaryText() {
        DataSummary s = summary.get();
        if (s == null) {
            return "";
        }
        String text = String.join(System.lineSeparator(),
                UiText.format("data.summary.counts", s.sequences(), s.events(), s.distinctItems()),
                UiText.format("data.summary.lengths", s.minLength(), median(s.medianLength()), s.maxLength()),
                UiText.format("data.summary.skipped", s.skipped().size()));
        String encoding = TextFile.encodingNote(s.encoding());
        if (!encoding.isEmpty()) {
            text += System.lineSeparator() + CoreSentences.of(encoding);
        }
        if (s.repeats().targets() > 0) {
            text += System.lineSeparator() + CoreSentences.of(s.repeatsText());
        }
        for (String note : notes) {
            text += System.lineSeparator() + CoreSentences.of(note);
        }
        return text;
    }

    /** A whole median without decimals ("4", not "4.0"); a half one as "4.5". */
    static String median(double median) {
        return UiText.format("data.summary.median", median);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty sourceNameProperty() {
        return sourceName.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SequenceData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DataSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ItemLabels> labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty labelsNameProperty() {
        return labelsName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty histogramNoteProperty() {
        return histogramNote.getReadOnlyProperty();
    }

    /** The seen-items setting as text; the main view model binds it to the settings form's field. */
    public StringProperty seenItemsSettingProperty() {
        return seenItemsSetting;
    }

    /** A suggestion to exclude seen items when the data almost never repeats one and they are ranked, or empty. */
    public StringBinding seenItemsSuggestionBinding() {
        return seenItemsSuggestion;
    }

    public ObservableList<String> problems() {
        return problemsReadOnly;
    }

    public ObservableList<LengthBar> histogram() {
        return histogramReadOnly;
    }

    public ObservableList<String> topItems() {
        return topItemsReadOnly;
    }
}
