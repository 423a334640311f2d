package seqlab.ui.inside;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;

/**
 * The core's English sentences the Samples view shows (what a sequence's samples are and leave out), in
 * the interface's language (the trace's readings come as data instead: {@link ExplanationText}). The core words them in English for the command
 * line and JSON too; each one's English form is kept in the bundle beside its translation, so that
 * a sentence is recognised by its English form ({@code {0}} a text, itself translated when it is one
 * of these sentences, {@code {0,number,...}} a count) and said again in the translation. A sentence
 * this does not know stays English.
 */
final class CoreSentences {

    static final List<String> KEYS = List.of(
            "core.samples.rare", "core.samples.unknown", "core.samples.tooShort", "core.samples.noTarget",
            "core.samples.none", "core.samples.windows", "core.samples.left", "core.samples.rightFull",
            "core.samples.rightPadded", "core.samples.configPrefixes", "core.samples.configWindows",
            "core.use.tooShort", "core.use.leaveLastOut", "core.use.heldOut");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,number[^}]*)?}");

    /** {@code placeholders}: the index of each group's placeholder; {@code numbers}: whether it is a count. */
    private record Form(String key, Pattern english, List<Integer> placeholders, List<Boolean> numbers) {
    }

    private static final List<Form> FORMS = KEYS.stream().map(CoreSentences::form).toList();

    private CoreSentences() {
    }

    private static Form form(String key) {
        String english = UiLanguage.ENGLISH.texts().getString(key);
        boolean quoted = english.contains("{");
        StringBuilder regex = new StringBuilder();
        List<Integer> placeholders = new ArrayList<>();
        List<Boolean> numbers = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(english);
        int from = 0;
        while (m.find()) {
            regex.append(literal(english.substring(from, m.start()), quoted));
            boolean number = m.group(2) != null;
            regex.append(number ? "(-?[\\d,]+)" : "(.+?)");
            placeholders.add(Integer.parseInt(m.group(1)));
            numbers.add(number);
            from = m.end();
        }
        regex.append(literal(english.substring(from), quoted));
        return new Form(key, Pattern.compile(regex.toString()), placeholders, numbers);
    }

    private static String literal(String text, boolean quoted) {
        return text.isEmpty() ? "" : Pattern.quote(quoted ? text.replace("''", "'") : text);
    }

    /** {@code english} in the interface's language when it is one of the core's sentences, else as it is. */
    static String of(String english) {
        if (UiText.language() == UiLanguage.ENGLISH || english == null || english.isEmpty()) {
            return english;
        }
        for (Form f : FORMS) {
            Matcher m = f.english().matcher(english);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String g = m.group(i + 1);
                    args[f.placeholders().get(i)] = f.numbers().get(i) ? Long.parseLong(g.replace(",", "")) : of(g);
                }
                return UiText.format(f.key(), args);
            }
        }
        return english;
    }
}
