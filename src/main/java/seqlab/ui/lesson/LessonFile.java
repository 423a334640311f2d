package seqlab.ui.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import seqlab.data.DataException;
import seqlab.data.TextFile;
import seqlab.model.Hyperparameter;
import seqlab.ui.common.UiText;

/**
 * Reads lesson files, a plain-text format a teacher can write in any editor:
 *
 * <pre>
 * # The lesson's title
 * % a comment line
 * ## A step's title
 * What the step explains; a blank line starts a new paragraph.
 * &gt; open sample toy
 * &gt; set max-len 4
 * [The button's text]
 * </pre>
 *
 * Actions, one per {@code >} line, carried out in order by the step's button: {@code open sample
 * toy|margarine|movielens}, {@code set defaults}, {@code set NAME VALUE} (a setting by its
 * command-line name), {@code train}, {@code predict PREFIX}, {@code show TAB} (the tab's English name in
 * lower case, whatever the interface's language) and {@code compare
 * runs [N]}. A step without actions only explains. Everything is checked when the file is read.
 */
public final class LessonFile {

    /** The lessons SeqLab ships: resource name and the key of their menu text (with its mnemonic). */
    public record Bundled(String resource, String titleKey) {
    }

    public static final List<Bundled> BUNDLED = List.of(
            new Bundled("/seqlab/lessons/notebook.lesson", "main.lessonNotebook"),
            new Bundled("/seqlab/lessons/movielens.lesson", "main.lessonMovielens"));

    private static final Set<String> SAMPLES = Set.of("toy", "margarine", "movielens");
    private static final String ACTIONS = "open sample, set, train, predict, show, compare runs";

    private final String source;
    private final Set<String> tabs;
    private String title;
    private final List<LessonStep> steps = new ArrayList<>();
    private String stepTitle;
    private int stepLine;
    private final StringBuilder text = new StringBuilder();
    private final List<LessonAction> actions = new ArrayList<>();
    private String button;
    private boolean paragraphEnded;

    private LessonFile(String source, Set<String> tabs) {
        this.source = source;
        this.tabs = tabs;
    }

    /**
     * Parses a lesson.
     *
     * @param source its name in messages (a file name)
     * @param tabs   the tab names {@code show} may name, lower case
     */
    public static Lesson parse(String source, String content, Set<String> tabs) throws LessonException {
        return new LessonFile(source, tabs).read(content);
    }

    /** Reads a lesson file (UTF-8, or Latin-1 as {@link TextFile} detects it). */
    public static Lesson read(Path file, Set<String> tabs) throws LessonException {
        String content;
        try {
            content = TextFile.read(file).text();
        } catch (DataException e) {
            throw new LessonException(e.getMessage());
        }
        return parse(file.getFileName().toString(), content, tabs);
    }

    /**
     * One of {@link #BUNDLED}, in {@code language} (an ISO 639 code) when SeqLab ships that
     * translation ({@code notebook_es.lesson} beside {@code notebook.lesson}), else in English.
     */
    public static Lesson bundled(Bundled lesson, String language, Set<String> tabs) throws LessonException {
        String translated = lesson.resource().replaceFirst("\\.lesson$", "_" + language + ".lesson");
        String resource = LessonFile.class.getResource(translated) != null ? translated : lesson.resource();
        try (InputStream in = LessonFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LessonException(UiText.format("lessonFile.notFound", resource));
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), tabs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Lesson read(String content) throws LessonException {
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            line(i + 1, lines[i].strip());
        }
        if (title == null) {
            throw problem(1, UiText.get("lessonFile.empty"));
        }
        endStep();
        if (steps.isEmpty()) {
            throw problem(lines.length, UiText.get("lessonFile.noSteps"));
        }
        return new Lesson(title, source, steps);
    }

    private void line(int n, String line) throws LessonException {
        if (line.startsWith("%")) {
            return;
        }
        if (title == null) {
            if (line.isEmpty()) {
                return;
            }
            if (!line.startsWith("# ") || line.substring(2).isBlank()) {
                throw problem(n, UiText.format("lessonFile.titleFirst", shorten(line)));
            }
            title = line.substring(2).strip();
            return;
        }
        if (line.startsWith("## ")) {
            endStep();
            stepTitle = line.substring(3).strip();
            stepLine = n;
            if (stepTitle.isEmpty()) {
                throw problem(n, UiText.get("lessonFile.stepTitle"));
            }
            return;
        }
        if (line.startsWith("# ")) {
            throw problem(n, UiText.get("lessonFile.secondTitle"));
        }
        if (stepTitle == null) {
            if (!line.isEmpty()) {
                throw problem(n, UiText.get("lessonFile.textBeforeStep"));
            }
            return;
        }
        if (line.startsWith(">")) {
            actions.add(action(n, line.substring(1).strip()));
        } else if (line.startsWith("[") && line.endsWith("]")) {
            if (button != null) {
                throw problem(n, UiText.format("lessonFile.secondButton", stepTitle));
            }
            button = line.substring(1, line.length() - 1).strip();
        } else if (line.isEmpty()) {
            paragraphEnded = text.length() > 0;
        } else {
            if (paragraphEnded) {
                text.append("\n\n");
            } else if (text.length() > 0) {
                text.append(' ');
            }
            text.append(line);
            paragraphEnded = false;
        }
    }

    private void endStep() throws LessonException {
        if (stepTitle == null) {
            return;
        }
        if (button != null && actions.isEmpty()) {
            throw problem(stepLine, UiText.format("lessonFile.buttonWithoutAction", stepTitle));
        }
        if (text.length() == 0 && actions.isEmpty()) {
            throw problem(stepLine, UiText.format("lessonFile.emptyStep", stepTitle));
        }
        String b = actions.isEmpty() ? null : button == null || button.isEmpty() ? UiText.get("lessonFile.doIt") : button;
        steps.add(new LessonStep(stepTitle, text.toString(), b, actions));
        stepTitle = null;
        text.setLength(0);
        actions.clear();
        button = null;
        paragraphEnded = false;
    }

    private LessonAction action(int n, String a) throws LessonException {
        String[] words = a.split("\\s+", 3);
        String verb = words[0].toLowerCase(Locale.ROOT);
        switch (verb) {
            case "open" -> {
                if (words.length < 3 || !words[1].equalsIgnoreCase("sample")) {
                    throw problem(n, UiText.get("lessonFile.open"));
                }
                String key = words[2].strip().toLowerCase(Locale.ROOT);
                if (!SAMPLES.contains(key)) {
                    throw problem(n, UiText.format("lessonFile.unknownSample", words[2].strip()));
                }
                return new LessonAction.OpenSample(key);
            }
            case "set" -> {
                return setting(n, words);
            }
            case "train" -> {
                if (words.length > 1) {
                    throw problem(n, UiText.get("lessonFile.train"));
                }
                return new LessonAction.Train();
            }
            case "predict" -> {
                String prefix = a.substring(words[0].length()).strip();
                if (prefix.isEmpty()) {
                    throw problem(n, UiText.get("lessonFile.predict"));
                }
                return new LessonAction.Predict(prefix);
            }
            case "show" -> {
                String tab = a.substring(words[0].length()).strip().toLowerCase(Locale.ROOT);
                if (!tabs.contains(tab)) {
                    throw problem(n, UiText.format("lessonFile.unknownTab", tab, String.join(", ",
                            tabs.stream().sorted().toList())));
                }
                return new LessonAction.Show(tab);
            }
            case "compare" -> {
                return compare(n, words);
            }
            default -> throw problem(n, UiText.format("lessonFile.unknownAction", shorten(words[0]), ACTIONS));
        }
    }

    private LessonAction setting(int n, String[] words) throws LessonException {
        if (words.length == 2 && words[1].equalsIgnoreCase("defaults")) {
            return new LessonAction.SetDefaults();
        }
        if (words.length < 3) {
            throw problem(n, UiText.get("lessonFile.set"));
        }
        Optional<Hyperparameter> h = Hyperparameter.byKey(words[1].toLowerCase(Locale.ROOT));
        if (h.isEmpty()) {
            throw problem(n, UiText.format("lessonFile.unknownSetting", shorten(words[1])));
        }
        String value = words[2].strip();
        Optional<String> problem = h.get().valueProblem(value);
        if (problem.isPresent()) {
            throw problem(n, problem.get());
        }
        return new LessonAction.Set(h.get(), value);
    }

    private LessonAction compare(int n, String[] words) throws LessonException {
        if (words.length < 2 || !words[1].equalsIgnoreCase("runs")) {
            throw problem(n, UiText.get("lessonFile.compare"));
        }
        if (words.length == 2) {
            return new LessonAction.CompareRuns(2);
        }
        try {
            int k = Integer.parseInt(words[2].strip());
            if (k >= 1 && k <= 20) {
                return new LessonAction.CompareRuns(k);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(n, UiText.format("lessonFile.compareCount", shorten(words[2])));
    }

    private LessonException problem(int line, String what) {
        return new LessonException(UiText.format("lessonFile.problem", source, line, what));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
