package seqlab.ui.settings;

import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import seqlab.model.Hyperparameter;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;

/**
 * A setting's name, description and range in the interface's language. English is the core's own
 * wording ({@link Hyperparameter}, which the command line prints too); other languages translate it.
 */
final class SettingTexts {

    private static final Pattern WHOLE = Pattern.compile("(\\S+) to (\\S+)");
    private static final Pattern OPEN_BELOW = Pattern.compile("above (\\S+), at most (\\S+)");
    private static final Pattern OPEN_ABOVE = Pattern.compile("at least (\\S+), below (\\S+)");

    private SettingTexts() {
    }

    static String label(Hyperparameter h) {
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
