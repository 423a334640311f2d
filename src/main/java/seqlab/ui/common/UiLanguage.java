package seqlab.ui.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The languages the workbench speaks. The choice follows the system's locale unless the user
 * picked one in View > Language (remembered, applied when SeqLab starts); the command line and
 * JSON stay locale-independent.
 */
public enum UiLanguage {
    ENGLISH("en", "English"),
    SPANISH("es", "Español");

    /** The preference key under which the choice is remembered. */
    public static final String PREFERENCE = "language";
    private static final String BUNDLE = "seqlab.ui.text";

    private final String code;
    private final String name;

    UiLanguage(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String code() {
        return code;
    }

    /** The language's own name, as the menu shows it. */
    public String displayName() {
        return name;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The texts of the interface in this language. */
    public ResourceBundle texts() {
        return ResourceBundle.getBundle(BUNDLE, locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Optional<UiLanguage> byCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
    }

    /** The remembered choice, else the system's language when it is one of these, else English. */
    public static UiLanguage chosen(PreferenceStore preferences, Locale system) {
        return preferences.get(PREFERENCE).flatMap(UiLanguage::byCode)
                .or(() -> byCode(system.getLanguage()))
                .orElse(ENGLISH);
    }
}
