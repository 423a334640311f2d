package seqlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqlab.model.Hyperparameter;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;

class LessonFileTest {

    private static final Set<String> TABS = Set.of("data", "settings", "training", "prediction", "runs", "samples");

    @TempDir
    Path dir;

    private static Lesson parse(String text) throws LessonException {
        return LessonFile.parse("my.lesson", text, TABS);
    }

    private static String problem(String text) {
        return assertThrows(LessonException.class, () -> parse(text)).getMessage();
    }

    @Test
    void readsTitleStepsTextActionsAndButtons() throws LessonException {
        Lesson l = parse("""
                % a comment
                # Padding

                ## First
                One line
                continues here.

                A second paragraph.
                > open sample toy
                > set padding post
                > set defaults
                > predict 1 2
                > show Samples
                > train
                > compare runs 3
                [Go]

                ## Only text
                Read this.
                """);
        assertEquals("Padding", l.title());
        assertEquals(2, l.steps().size());
        LessonStep first = l.steps().get(0);
        assertEquals("First", first.title());
        assertEquals("One line continues here.\n\nA second paragraph.", first.text());
        assertEquals("Go", first.button());
        assertEquals(List.of(new LessonAction.OpenSample("toy"), new LessonAction.Set(Hyperparameter.PADDING, "post"),
                new LessonAction.SetDefaults(), new LessonAction.Predict("1 2"), new LessonAction.Show("samples"),
                new LessonAction.Train(), new LessonAction.CompareRuns(3)), first.actions());
        assertTrue(first.trains());
        LessonStep second = l.steps().get(1);
        assertNull(second.button(), "a step without actions has no button");
        assertTrue(second.actions().isEmpty());
    }

    @Test
    void aStepWithActionsAndNoButtonTextGetsDoIt() throws LessonException {
        assertEquals("Do it", parse("# T\n## S\n> train\n").steps().get(0).button());
    }

    @Test
    void problemsNameTheFileTheLineAndWhatIsWrong() {
        assertEquals("my.lesson line 1: a lesson starts with its title, '# Title' (found 'Hello')", problem("Hello\n"));
        assertEquals("my.lesson line 2: text before the first step: start a step with '## Step title'",
                problem("# T\nstray\n## S\nx\n"));
        assertTrue(problem("# T\n## S\n> trian\n").startsWith("my.lesson line 3: unknown action 'trian' (known: open sample"));
        assertEquals("my.lesson line 3: unknown sample 'cats' (known: toy, margarine, movielens)",
                problem("# T\n## S\n> open sample cats\n"));
        assertTrue(problem("# T\n## S\n> set max-length 4\n").startsWith("my.lesson line 3: unknown setting 'max-length'"));
        assertTrue(problem("# T\n## S\n> set max-len 0\n").startsWith("my.lesson line 3: max length must be"),
                problem("# T\n## S\n> set max-len 0\n"));
        assertTrue(problem("# T\n## S\n> set padding sideways\n").startsWith("my.lesson line 3: padding"),
                problem("# T\n## S\n> set padding sideways\n"));
        assertTrue(problem("# T\n## S\n> show kitchen\n").startsWith("my.lesson line 3: unknown tab 'kitchen' (known: data,"));
        assertEquals("my.lesson line 3: 'compare runs' takes a number of runs from 1 to 20 (got 'x')",
                problem("# T\n## S\n> compare runs x\n"));
        assertEquals("my.lesson line 2: step 'S' has a button text but no action ('> ...') for it",
                problem("# T\n## S\ntext\n[Go]\n"));
        assertEquals("my.lesson line 2: step 'S' is empty: give it some text or an action", problem("# T\n## S\n\n"));
        assertEquals("my.lesson line 1: the file is empty: a lesson starts with '# Title'", problem("\n% only a comment\n"));
        assertEquals("my.lesson line 2: no steps: start each step with '## Step title'", problem("# T\n"));
    }

    @Test
    void problemsAreInTheInterfacesLanguageAndTheKeywordsStay() throws LessonException {
        UiText.use(UiLanguage.SPANISH);
        try {
            assertEquals("my.lesson, línea 1: una lección empieza con su título, '# Título' (se encontró 'Hola')",
                    problem("Hola\n"));
            assertEquals("my.lesson, línea 3: 'compare runs' admite un número de ejecuciones de 1 a 20 (se recibió 'x')",
                    problem("# T\n## S\n> compare runs x\n"));
            assertEquals("Hacerlo", parse("# T\n## S\n> train\n").steps().get(0).button());
        } finally {
            UiText.use(UiLanguage.ENGLISH);
        }
    }

    @Test
    void readsAFileAndNamesAVanishedOne() throws IOException, LessonException {
        Path file = dir.resolve("mine.lesson");
        Files.writeString(file, "# Mine\n## One\n> show runs\n", StandardCharsets.UTF_8);
        assertEquals("Mine", LessonFile.read(file, TABS).title());
        Files.delete(file);
        String message = assertThrows(LessonException.class, () -> LessonFile.read(file, TABS)).getMessage();
        assertTrue(message.contains("mine.lesson"), message);
    }

    @Test
    void theBundledLessonsReadWithTheWindowsTabs() throws IOException, LessonException {
        Matcher m = Pattern.compile("<Tab fx:id=\"(\\w+)Tab\"").matcher(Files.readString(Path.of("fxml/main.fxml")));
        Set<String> windowTabs = m.results().map(r -> r.group(1).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        assertTrue(windowTabs.contains("samples"), windowTabs.toString());
        for (LessonFile.Bundled b : LessonFile.BUNDLED) {
            Lesson lesson = LessonFile.bundled(b, "en", windowTabs);
            assertTrue(lesson.steps().size() >= 5 && lesson.steps().size() <= 7, b + ": " + lesson.steps().size() + " steps");
        }
    }

    @Test
    void aTranslatedLessonDoesWhatTheEnglishOneDoes() throws IOException, LessonException {
        Set<String> tabs = Set.of("data", "settings", "training", "prediction", "runs", "samples", "embeddings");
        for (LessonFile.Bundled b : LessonFile.BUNDLED) {
            Lesson english = LessonFile.bundled(b, "en", tabs);
            Lesson spanish = LessonFile.bundled(b, "es", tabs);
            assertTrue(!spanish.title().equals(english.title()), b + " has a Spanish translation");
            assertEquals(english.steps().stream().map(LessonStep::actions).toList(),
                    spanish.steps().stream().map(LessonStep::actions).toList(), b.toString());
        }
        assertEquals("El cuaderno, paso a paso", LessonFile.bundled(LessonFile.BUNDLED.get(0), "es", tabs).title());
        assertEquals(LessonFile.bundled(LessonFile.BUNDLED.get(0), "en", tabs).title(), LessonFile.bundled(LessonFile.BUNDLED.get(0), "fr", tabs).title(),
                "a language SeqLab has no translation for gets the English lesson");
    }
}
