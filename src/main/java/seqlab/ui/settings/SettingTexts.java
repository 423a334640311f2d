package seqlab.ui.settings;

import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import seqlab.model.ConfigProblem;
import seqlab.model.Hyperparameter;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;

/**
 * A setting's name, description and range in the interface's language. English is the core's own
 * wording ({@link Hyperparameter}, which the command line prints too); other languages translate it.
 */
public final class SettingTexts {

    private static final Pattern WHOLE = Pattern.compile("(\\S+) to (\\S+)");
    private static final Pattern OPEN_BELOW = Pattern.compile("above (\\S+), at most (\\S+)");
    private static final Pattern OPEN_ABOVE = Pattern.compile("at least (\\S+), below (\\S+)");
    private static final Pattern BETWEEN = Pattern.compile(" must be between (\\S+) and (\\S+) \\(got (.*)\\)");
    private static final Pattern BOUNDS = Pattern.compile(
            " must be (at least|above) (\\S+) and (at most|below) (\\S+) \\(got (.*)\\)");
    private static final Pattern NOT_A_NUMBER = Pattern.compile(" must be (a number|a whole number)\\b.* \\(got '(.*)'\\)");
    private static final Pattern NOT_A_CHOICE = Pattern.compile(" must be one of (.*) \\(got '(.*)'\\)");

    private SettingTexts() {
    }

    /** The setting's name in the interface's language (the Runs table and comparison name settings too). */
    public static String label(Hyperparameter h) {
        return translated(h.key() + ".label").orElse(h.label());
    }

    static String description(Hyperparameter h) {
        return translated(h.key() + ".description").orElse(h.description());
    }

    /** The range as the core says it ("1 to 1000", "above 0, at most 1", a list of choices), translated. */
    static String range(Hyperparameter h) {
        String english = h.rangeText();
        if (UiText.language() == UiLanguage.ENGLISH || h.isChoice()) {
            return english;
        }
        Matcher m;
        if ((m = OPEN_BELOW.matcher(english)).matches()) {
            return UiText.format("settings.range.aboveAtMost", m.group(1), m.group(2));
        } else if ((m = OPEN_ABOVE.matcher(english)).matches()) {
            return UiText.format("settings.range.atLeastBelow", m.group(1), m.group(2));
        } else if ((m = WHOLE.matcher(english)).matches()) {
            return UiText.format("settings.range.to", m.group(1), m.group(2));
        } else if (english.equals("any whole number")) {
            return UiText.get("settings.range.anyWholeNumber");
        }
        return english;
    }

    /** What a setting does, its range and its default, for its tooltip. */
    static String tooltip(Hyperparameter h) {
        String d = description(h);
        return UiText.format("settings.tooltip", Character.toUpperCase(d.charAt(0)) + d.substring(1), range(h),
                h.defaultText());
    }

    /**
     * A problem with a setting's value as the core says it ("epochs must be between 1 and 1000 (got 0)"),
     * translated; a wording this does not know stays the core's.
     */
    static String problem(ConfigProblem p) {
        String english = p.message();
        if (UiText.language() == UiLanguage.ENGLISH) {
            return english;
        }
        for (String key : List.of("settings.problem.fractions", "settings.problem.padding")) {
            if (english.equals(UiLanguage.ENGLISH.texts().getString(key))) {
                return UiText.get(key);
            }
        }
        Hyperparameter h = p.setting();
        if (!english.startsWith(h.label())) {
            return english;
        }
        String rest = english.substring(h.label().length());
        String name = label(h);
        Matcher m;
        if (rest.equals(" must be set")) {
            return UiText.format("settings.problem.unset", name);
        } else if ((m = BETWEEN.matcher(rest)).matches()) {
            return UiText.format("settings.problem.between", name, m.group(1), m.group(2), m.group(3));
        } else if ((m = BOUNDS.matcher(rest)).matches()) {
            return UiText.format("settings.problem.bounds", name, bound(m.group(1), m.group(2)),
                    bound(m.group(3), m.group(4)), m.group(5));
        } else if ((m = NOT_A_NUMBER.matcher(rest)).matches()) {
            return UiText.format(m.group(1).equals("a number") ? "settings.problem.number"
                    : "settings.problem.wholeNumber", name, range(h), m.group(2));
        } else if ((m = NOT_A_CHOICE.matcher(rest)).matches()) {
            return UiText.format("settings.problem.oneOf", name, m.group(1), m.group(2));
        }
        return english;
    }

    private static String bound(String which, String value) {
        return UiText.format(switch (which) {
            case "at least" -> "settings.bound.atLeast";
            case "above" -> "settings.bound.above";
            case "at most" -> "settings.bound.atMost";
            default -> "settings.bound.below";
        }, value);
    }

    private static Optional<String> translated(String key) {
        if (UiText.language() == UiLanguage.ENGLISH) {
            return Optional.empty();
        }
        try {
            return Optional.of(ResourceBundle.getBundle("seqlab.ui.settings", UiText.language().locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
