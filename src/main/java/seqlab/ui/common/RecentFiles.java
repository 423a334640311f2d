package seqlab.ui.common;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The data files opened last, newest first, at most {@link #MOST}, remembered in a {@link PreferenceStore}. */
public final class RecentFiles {

    public static final int MOST = 8;
    static final String KEY = "recent.data-files";

    private final PreferenceStore store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(PreferenceStore store) {
        this.store = store;
        store.get(KEY).ifPresent(text -> Arrays.stream(text.split("\n")).filter(line -> !line.isBlank())
                .map(Path::of).distinct().limit(MOST).forEach(files::add));
    }

    /** Puts {@code file} first. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        if (files.size() > MOST) {
            files.remove(MOST, files.size());
        }
        save();
    }

    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            save();
        }
    }

    public ObservableList<Path> files() {
        return readOnly;
    }

    public List<Path> list() {
        return List.copyOf(files);
    }

    private void save() {
        store.put(KEY, String.join("\n", files.stream().map(Path::toString).toList()));
    }
}
