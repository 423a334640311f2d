package seqlab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import seqlab.ui.lesson.LessonFile;

class TranslationsTest {

    private static final Path TEXTS = Path.of("src/main/resources/seqlab/ui");
    private static final Pattern FXML_TEXT = Pattern.compile("\\b(text|promptText|title|label)=\"([^\"]*)\"");
    private static final Pattern FXML_KEY = Pattern.compile("=\"%([\\w.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("UiText\\.(?:get|format)\\(\"([\\w.]+)\"");
    /** A string literal shaped like a key ("runs.noData"), wherever it stands: in a ternary, a switch, an enum. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+)\\.([A-Za-z][\\w.]*[A-Za-z0-9])\"");
    private static final Set<String> FILE_ENDINGS = Set.of("txt", "csv", "tsv", "fxml", "png", "json", "zip", "seqlab",
            "lesson", "properties", "css", "bin", "dat");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[,}]");

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(TEXTS.resolve(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static List<Path> files(String dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(Path.of(dir))) {
            return s.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("text.properties").stringPropertyNames());
        Set<String> spanish = new TreeSet<>(load("text_es.properties").stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(spanish);
        Set<String> onlySpanish = new TreeSet<>(spanish);
        onlySpanish.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "keys without a Spanish text");
        assertEquals(Set.of(), onlySpanish, "Spanish keys English does not have");
    }

    @Test
    void everyKeyTheViewsAndTheCodeUseExists() throws IOException {
        Set<String> keys = load("text.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (Path f : files("fxml", ".fxml")) {
            Matcher m = FXML_KEY.matcher(Files.readString(f));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        for (Path f : files("src/main/java", ".java")) {
            Matcher m = CODE_KEY.matcher(Files.readString(f));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        for (Path f : files("src/main/java", ".java")) {
            Matcher m = KEY_LITERAL.matcher(Files.readString(f));
            while (m.find()) {
                String key = m.group(1) + "." + m.group(2);
                String ending = key.substring(key.lastIndexOf('.') + 1);
                if (prefixes.contains(m.group(1)) && !FILE_ENDINGS.contains(ending) && !keys.contains(key)) {
                    missing.add(f.getFileName() + ": " + key);
                }
            }
        }
        for (LessonFile.Bundled b : LessonFile.BUNDLED) {
            if (!keys.contains(b.titleKey())) {
                missing.add("LessonFile.BUNDLED: " + b.titleKey());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void viewsHoldNoLiteralText() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path f : files("fxml", ".fxml")) {
            Matcher m = FXML_TEXT.matcher(Files.readString(f));
            while (m.find()) {
                String v = m.group(2);
                if (!v.startsWith("%") && v.matches(".*[A-Za-z].*")) {
                    literal.add(f.getFileName() + ": " + m.group(1) + "=\"" + v + "\"");
                }
            }
        }
        assertEquals(List.of(), literal);
    }

    @Test
    void everySettingHasASpanishNameAndDescription() throws IOException {
        Properties settings = load("settings_es.properties");
        List<String> missing = new ArrayList<>();
        for (seqlab.model.Hyperparameter h : seqlab.model.Hyperparameter.values()) {
            for (String part : List.of(".label", ".description")) {
                if (settings.getProperty(h.key() + part, "").isBlank()) {
                    missing.add(h.key() + part);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(seqlab.model.Hyperparameter.values().length * 2, settings.size(), "no setting that does not exist");
    }

    @Test
    void apostrophesAreQuotedOnlyWhereMessageFormatReadsThem() throws IOException {
        for (String file : List.of("text.properties", "text_es.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (PLACEHOLDER.matcher(v).find()) {
                    assertTrue(!v.replace("''", "").contains("'"), file + " " + key
                            + ": MessageFormat drops a single apostrophe; write '' (" + v + ")");
                } else {
                    assertTrue(!v.contains("''"), file + " " + key
                            + ": a text without placeholders is shown as written, so '' shows twice (" + v + ")");
                }
            }
        }
    }

    @Test
    void theLanguageFollowsTheChoiceThenTheSystem() {
        PreferenceStore none = PreferenceStore.inMemory();
        assertEquals(UiLanguage.SPANISH, UiLanguage.chosen(none, Locale.forLanguageTag("es-AR")));
        assertEquals(UiLanguage.ENGLISH, UiLanguage.chosen(none, Locale.GERMANY), "a language SeqLab does not speak");
        PreferenceStore chosen = PreferenceStore.inMemory();
        chosen.put(UiLanguage.PREFERENCE, "en");
        assertEquals(UiLanguage.ENGLISH, UiLanguage.chosen(chosen, Locale.forLanguageTag("es")));
        assertEquals("Resumen", UiLanguage.SPANISH.texts().getString("data.summary"));
        assertEquals("Summary", UiLanguage.ENGLISH.texts().getString("data.summary"));
    }
}
