package seqlab.ui.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import seqlab.data.OutputFile;

/**
 * The workbench's remembered choices (text zoom, presentation mode, recent files) as keys and text
 * values, kept in a small properties file beside the autosave ({@code ~/.seqlab/workbench.properties})
 * or in memory only, for tests and when there is no file. A damaged or unwritable file only loses the
 * remembered choices: they are a convenience, never a reason to refuse to start.
 */
public final class PreferenceStore {

    private final Path file;
    private final Properties values = new Properties();
    private String problemKey;
    private String problemDetail;

    private PreferenceStore(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | RuntimeException e) {
                values.clear();
                problem("preferences.cannotRead", e);
            }
        }
    }

    /** Choices kept in {@code file}: read now, written on every change. */
    public static PreferenceStore in(Path file) {
        return new PreferenceStore(file);
    }

    /** Choices kept for this session only. */
    public static PreferenceStore inMemory() {
        return new PreferenceStore(null);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public int getInt(String key, int fallback) {
        try {
            return get(key).map(String::strip).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean getBoolean(String key, boolean fallback) {
        return get(key).map(String::strip).map(v -> v.equals("true") ? Boolean.TRUE : v.equals("false")
                ? Boolean.FALSE : null).orElse(fallback);
    }

    /** Sets {@code key} (null removes it) and writes the file. */
    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
        save();
    }

    /**
     * Why the last read or write of the file failed, or empty; in the interface's language when asked
     * (the file is read before the language it remembers is chosen).
     */
    public String lastProblem() {
        return problemKey == null ? "" : UiText.format(problemKey, file, problemDetail);
    }

    private void problem(String key, Exception e) {
        problemKey = key;
        problemDetail = e.getMessage();
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            values.store(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), "SeqLab workbench choices");
            OutputFile.write(file, bytes.toByteArray());
            problemKey = null;
        } catch (IOException | RuntimeException e) {
            problem("preferences.cannotWrite", e);
        }
    }
}
