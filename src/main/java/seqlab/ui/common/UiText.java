package seqlab.ui.common;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface's texts in the language chosen when the window opened. FXML views name them as
 * {@code %key}; code asks {@link #get} or {@link #format}.
 */
public final class UiText {

    private static volatile UiLanguage language = UiLanguage.ENGLISH;
    private static volatile ResourceBundle bundle = language.texts();

    private UiText() {
    }

    /** Speaks {@code l} from now on (the window is built after this). */
    public static void use(UiLanguage l) {
        bundle = l.texts();
        language = l;
    }

    public static UiLanguage language() {
        return language;
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The text under {@code key}; a key missing from the bundles (a bug the tests catch) shows as itself. */
    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text under {@code key} with its {@code {0}}, {@code {1}}... filled in, numbers in the language's format. */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), language.locale()).format(args);
    }
}
