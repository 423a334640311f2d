package seqlab.ui.tableimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import seqlab.data.JsonCodec;
import seqlab.data.OutputFile;
import seqlab.data.ReadOptions;

/**
 * The columns chosen on import, remembered per file (by absolute path) in a small JSON file, or in
 * memory only when there is no file. A damaged file is ignored: the choices are a convenience.
 */
public final class ImportChoices {

    /** How one file was imported. */
    record Choice(String sequenceColumn, String itemColumn, String timeColumn, String labelColumn, String delimiter) {
    }

    private static final ObjectMapper JSON = JsonCodec.mapper();
    private static final int MOST = 200;

    private final Path store;
    private final Map<String, Choice> choices = new LinkedHashMap<>();

    private ImportChoices(Path store) {
        this.store = store;
        if (store != null && Files.isRegularFile(store)) {
            try {
                choices.putAll(JSON.readValue(Files.readString(store, StandardCharsets.UTF_8),
                        new TypeReference<LinkedHashMap<String, Choice>>() { }));
            } catch (IOException | RuntimeException e) {
                // a damaged store only loses the remembered choices
            }
        }
    }

    /** Choices kept in {@code file} (read now, written on every change). */
    public static ImportChoices in(Path file) {
        return new ImportChoices(file);
    }

    /** Choices kept for this session only. */
    public static ImportChoices inMemory() {
        return new ImportChoices(null);
    }

    /** The options {@code file} was last imported with. */
    public Optional<ReadOptions> of(Path file) {
        Choice c = choices.get(key(file));
        if (c == null || c.itemColumn() == null) {
            return Optional.empty();
        }
        Character delimiter = c.delimiter() == null || c.delimiter().length() != 1 ? null : c.delimiter().charAt(0);
        return Optional.of(new ReadOptions(ReadOptions.Format.TABLE, c.sequenceColumn(), c.itemColumn(),
                c.timeColumn() == null ? "" : c.timeColumn(), delimiter, c.labelColumn()));
    }

    /**
     * Remembers how {@code file} was imported.
     *
     * @throws IOException when the store cannot be written (the choice is still remembered for this session)
     */
    public void remember(Path file, ReadOptions options) throws IOException {
        String key = key(file);
        choices.remove(key);
        choices.put(key, new Choice(options.sequenceColumn(), options.itemColumn(),
                options.timeColumn() == null || options.timeColumn().isEmpty() ? null : options.timeColumn(),
                options.labelColumn(), options.delimiter() == null ? null : options.delimiter().toString()));
        while (choices.size() > MOST) {
            choices.remove(choices.keySet().iterator().next());
        }
        if (store != null) {
            Files.createDirectories(store.toAbsolutePath().getParent());
            OutputFile.write(store, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(choices));
        }
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
