package seqlab.ui.runs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;

import seqlab.ui.common.UiText;

/** A run's start time as the interface shows it: local time, in the language's date format. Records keep ISO-8601 UTC. */
public final class StartTime {

    private StartTime() {
    }

    /** {@code iso} (e.g. 2026-12-02T05:41:03Z) in {@code zone}, e.g. "Dec 2, 2026, 6:41:03 AM" or "2 dic 2026 6:41:03". */
    public static String shown(String iso, ZoneId zone) {
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(UiText.language().locale())
                    .withZone(zone).format(Instant.parse(iso));
        } catch (DateTimeParseException | NullPointerException e) {
            return iso == null ? "" : iso.replace('T', ' ');
        }
    }

    public static String shown(String iso) {
        return shown(iso, ZoneId.systemDefault());
    }
}
