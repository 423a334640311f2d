package seqlab.ui.tableimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import seqlab.data.DataException;
import seqlab.data.ReadOptions;
import seqlab.data.SequenceReader;
import seqlab.data.TablePreview;
import seqlab.data.TableRead;
import seqlab.data.TextFile;
import seqlab.ui.common.CoreSentences;
import seqlab.ui.common.ErrorMessages;
import seqlab.ui.concurrent.BackgroundTask;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.common.UiText;

public class ImportViewModel {

    public static final int PREVIEW_ROWS = 20;
    public static final String NONE = "(none)";
    static final int LISTED_PROBLEMS = 200;

    public enum Delimiter {
        COMMA(',', "import.delimiter.comma"), SEMICOLON(';', "import.delimiter.semicolon"), TAB('\t', "import.delimiter.tab"),
        PIPE('|', "import.delimiter.pipe");

        private final char character;
        private final String labelKey;

        Delimiter(char character, String labelKey) {
            this.character = character;
            this.labelKey = labelKey;
        }

        public char character() {
            return character;
        }

        static Delimiter of(char c) {
            for (Delimiter d : values()) {
                if (d.character == c) {
                    return d;
                }
            }
            return COMMA;
        }

        @Override
        public String toString() {
            return UiText.get(labelKey);
        }
    }

    private final Runners runners;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checkError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TableRead> checked = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Delimiter> delimiter = new SimpleObjectProperty<>(Delimiter.COMMA);
    private final StringProperty sequenceColumn = new SimpleStringProperty();
    private final StringProperty itemColumn = new SimpleStringProperty();
    private final StringProperty timeColumn = new SimpleStringProperty(NONE);
    private final StringProperty labelColumn = new SimpleStringProperty(NONE);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> optionalColumns = FXCollections.observableArrayList(NONE);
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> columnsReadOnly = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<String> optionalColumnsReadOnly =
            FXCollections.unmodifiableObservableList(optionalColumns);
    private final ObservableList<List<String>> previewRowsReadOnly = FXCollections.unmodifiableObservableList(previewRows);
    private final ObservableList<String> problemsReadOnly = FXCollections.unmodifiableObservableList(problems);
    private final StringBinding blockedReason;
    private final BooleanBinding canImport;
    private String text;
    private boolean applying;
    private int generation;

    public ImportViewModel(Runners runners) {
        this.runners = runners;
        blockedReason = Bindings.createStringBinding(this::blocked, file, loading, loadError, sequenceColumn,
                itemColumn, timeColumn, labelColumn, checking, checkError);
        canImport = Bindings.createBooleanBinding(() -> blockedReason.get().isEmpty(), blockedReason);
        delimiter.addListener((obs, old, now) -> {
            if (!applying && text != null) {
                preview(now.character(), null);
            }
        });
        for (StringProperty p : List.of(sequenceColumn, itemColumn, timeColumn, labelColumn)) {
            p.addListener((obs, old, now) -> {
                if (!applying) {
                    check();
                }
            });
        }
    }

    private String blocked() {
        if (file.get() == null || loading.get()) {
            return UiText.get("import.readingFile");
        }
        if (!loadError.get().isEmpty()) {
            return loadError.get();
        }
        String seq = sequenceColumn.get();
        String item = itemColumn.get();
        if (item == null || item.isEmpty()) {
            return UiText.get("import.chooseItemColumn");
        }
        if (seq == null || seq.isEmpty()) {
            return UiText.get("import.chooseSequenceColumn");
        }
        if (seq.equals(item)) {
            return UiText.format("import.sameColumn", item);
        }
        String time = timeColumn.get();
        if (time.equals(seq) || time.equals(item)) {
            return UiText.format(time.equals(seq) ? "import.timeIsSequence" : "import.timeIsItem", time);
        }
        if (labelColumn.get().equals(item)) {
            return UiText.format("import.labelIsItem", item);
        }
        if (checking.get()) {
            return UiText.get("import.checking");
        }
        return checkError.get();
    }

    /** Reads {@code path} in the background and pre-fills the columns: from {@code remembered} when given, else detected. */
    public void load(Path path, ReadOptions remembered) {
        file.set(path);
        loading.set(true);
        loadError.set("");
        runners.background().submit(new BackgroundTask<>(() -> TextFile.read(path).text(), read -> {
            text = read;
            loading.set(false);
            preview(remembered == null ? null : remembered.delimiter(), remembered);
        }, t -> {
            loading.set(false);
            loadError.set(ErrorMessages.of(UiText.format("import.cannotRead", path.getFileName().toString()), t));
        }, runners.ui()));
    }

    /** Uses {@code content} as the file's text, as if read from {@code path}. */
    void loadText(Path path, String content, ReadOptions remembered) {
        file.set(path);
        text = content;
        preview(remembered == null ? null : remembered.delimiter(), remembered);
    }

    private void preview(Character wanted, ReadOptions remembered) {
        applying = true;
        try {
            TablePreview p;
            try {
                p = TablePreview.of(text, wanted, PREVIEW_ROWS);
            } catch (DataException e) {
                loadError.set(UiText.format("import.notATable", e.getMessage()));
                columns.clear();
                optionalColumns.setAll(NONE);
                previewRows.clear();
                return;
            }
            loadError.set("");
            delimiter.set(Delimiter.of(p.delimiter()));
            columns.setAll(p.columns());
            List<String> optional = new ArrayList<>(List.of(NONE));
            optional.addAll(p.columns());
            optionalColumns.setAll(optional);
            previewRows.setAll(p.rows());
            String seq = pick(remembered == null ? null : remembered.sequenceColumn(), p.sequenceColumn());
            String item = pick(remembered == null ? null : remembered.itemColumn(),
                    p.itemColumn() != null ? p.itemColumn() : guess(p.columns(), seq, "item", "product", "movie", "sku",
                            "article", "event"));
            sequenceColumn.set(seq);
            itemColumn.set(item);
            String time = remembered != null ? remembered.timeColumn() : null;
            if (time == null) {
                time = p.timeColumn() != null ? p.timeColumn() : guess(p.columns(), seq, "date", "time");
            }
            timeColumn.set(time == null || !p.columns().contains(time) ? NONE : time);
            String label = remembered != null ? remembered.labelColumn()
                    : item == null || isName(item) ? null : guess(p.columns(), item, "name", "title", "label");
            labelColumn.set(label == null || !p.columns().contains(label) || label.equals(item) ? NONE : label);
        } finally {
            applying = false;
        }
        check();
    }

    private String pick(String remembered, String detected) {
        return remembered != null && columns.contains(remembered) ? remembered : detected;
    }

    private static boolean isName(String column) {
        String n = column.toLowerCase(Locale.ROOT);
        return n.contains("name") || n.contains("title") || n.contains("label");
    }

    private static String guess(List<String> header, String other, String... words) {
        for (String word : words) {
            for (String c : header) {
                if (!c.equals(other) && c.toLowerCase(Locale.ROOT).contains(word)) {
                    return c;
                }
            }
        }
        return null;
    }

    private void check() {
        int run = ++generation;
        checked.set(null);
        timeNote.set("");
        summary.set("");
        problems.clear();
        checkError.set("");
        checking.set(false);
        if (text == null || !blocked().isEmpty()) {
            return;
        }
        checking.set(true);
        ReadOptions options = options();
        String content = text;
        String name = file.get().getFileName().toString();
        runners.background().submit(new BackgroundTask<>(() -> new SequenceReader(options).readTable(name, content),
                read -> {
                    if (run == generation) {
                        show(read);
                    }
                }, t -> {
                    if (run == generation) {
                        checking.set(false);
                        checkError.set(t.getMessage() == null ? t.toString() : t.getMessage());
                    }
                }, runners.ui()));
    }

    private void show(TableRead read) {
        checked.set(read);
        var data = read.data();
        summary.set(UiText.format("import.summary", data.sequences().size(), data.eventCount(), data.skipped().size())
                + (read.labels().labels().isEmpty() ? ""
                        : UiText.format("import.summaryLabels", read.labels().labels().size(), labelColumn.get())));
        problems.setAll(data.skipped().stream().limit(LISTED_PROBLEMS).map(s -> s.where() + s.reason()).toList());
        if (data.skipped().size() > LISTED_PROBLEMS) {
            problems.add(UiText.format("import.andMore", data.skipped().size() - LISTED_PROBLEMS));
        }
        timeNote.set(CoreSentences.of(read.timeNote()));
        checking.set(false);
    }

    /** The options the choices describe. */
    public ReadOptions options() {
        String time = timeColumn.get();
        String label = labelColumn.get();
        return new ReadOptions(ReadOptions.Format.TABLE, sequenceColumn.get(), itemColumn.get(),
                NONE.equals(time) ? "" : time, delimiter.get().character(), NONE.equals(label) ? null : label);
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ObjectProperty<Delimiter> delimiterProperty() {
        return delimiter;
    }

    public StringProperty sequenceColumnProperty() {
        return sequenceColumn;
    }

    public StringProperty itemColumnProperty() {
        return itemColumn;
    }

    public StringProperty timeColumnProperty() {
        return timeColumn;
    }

    public StringProperty labelColumnProperty() {
        return labelColumn;
    }

    public ObservableList<String> columns() {
        return columnsReadOnly;
    }

    public ObservableList<String> optionalColumns() {
        return optionalColumnsReadOnly;
    }

    public ObservableList<List<String>> previewRows() {
        return previewRowsReadOnly;
    }

    public ObservableList<String> problems() {
        return problemsReadOnly;
    }

    public ReadOnlyStringProperty timeNoteProperty() {
        return timeNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TableRead> checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public StringBinding blockedReasonBinding() {
        return blockedReason;
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }
}
