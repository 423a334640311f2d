package seqlab.data;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of a table's time column: decimal numbers (epoch seconds are numbers too, named as
 * such in the note) or dates (ISO-8601, {@code dd/MM/yyyy}, {@code dd.MM.yyyy},
 * {@code yyyy-MM-dd HH:mm[:ss]}; a time of day may follow the day in each). Dates are read in UTC
 * and compared as instants; numbers and dates do not compare.
 *
 * <p>Slashed dates are day first unless the column says otherwise: a value above 12 in the first
 * field means day first, else one above 12 in the second field means month first, else the two
 * cannot be told apart and day first is assumed; {@link #slashNote()} says which rule decided.
 */
final class TimeParser {

    /** The kinds of time a cell can hold. */
    enum Kind {
        NUMBER("a number", "numbers"),
        ISO("an ISO date", "ISO dates"),
        DAY_MONTH_YEAR("a date dd/MM/yyyy", "dates dd/MM/yyyy"),
        MONTH_DAY_YEAR("a date MM/dd/yyyy", "dates MM/dd/yyyy"),
        DOTTED("a date dd.MM.yyyy", "dates dd.MM.yyyy"),
        DATE_TIME("a date yyyy-MM-dd HH:mm", "dates yyyy-MM-dd HH:mm[:ss]");

        private final String one;
        private final String many;

        Kind(String one, String many) {
            this.one = one;
            this.many = many;
        }

        boolean date() {
            return this != NUMBER;
        }

        String one() {
            return one;
        }

        String many() {
            return many;
        }
    }

    /** A parsed cell: its kind and a value to order by (the number, or epoch nanoseconds for dates). */
    record Time(Kind kind, BigDecimal value) {
    }

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,9})?");
    private static final String TIME_OF_DAY = "(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?";
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})" + TIME_OF_DAY);
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + TIME_OF_DAY);
    private static final Pattern SPACED = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}) (\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final BigDecimal EPOCH_2000 = BigDecimal.valueOf(946_684_800L);
    private static final BigDecimal EPOCH_2100 = BigDecimal.valueOf(4_102_444_800L);

    private final boolean dayFirst;
    private final String slashNote;

    private TimeParser(boolean dayFirst, String slashNote) {
        this.dayFirst = dayFirst;
        this.slashNote = slashNote;
    }

    /** A parser for a column holding {@code values}: their slashed dates decide day or month first. */
    static TimeParser forValues(Collection<String> values) {
        boolean firstAbove12 = false;
        boolean secondAbove12 = false;
        boolean slashed = false;
        for (String v : values) {
            Matcher m = SLASHED.matcher(v);
            if (m.matches()) {
                slashed = true;
                firstAbove12 |= Integer.parseInt(m.group(1)) > 12;
                secondAbove12 |= Integer.parseInt(m.group(2)) > 12;
            }
        }
        if (!slashed) {
            return new TimeParser(true, "");
        }
        if (firstAbove12) {
            return new TimeParser(true, "day first: a value above 12 in the first field");
        }
        if (secondAbove12) {
            return new TimeParser(false, "month first: a value above 12 in the second field");
        }
        return new TimeParser(true, "day first: no value above 12 in either field, so day and month cannot be"
                + " told apart");
    }

    /** How slashed dates are read and why, or empty when the column holds none. */
    String slashNote() {
        return slashNote;
    }

    /**
     * Parses one cell. NaN, Infinity, hexadecimal ({@code 0x1p3}) and Java's type suffixes
     * ({@code 1d}) are refused, as are impossible dates ({@code 31/02/2024}).
     *
     * @return a {@link Time}, or the reason the value is refused as a String
     */
    Object parse(String value) {
        if (DECIMAL.matcher(value).matches()) {
            try {
                return new Time(Kind.NUMBER, new BigDecimal(value));
            } catch (NumberFormatException | ArithmeticException e) {
                return "time '" + value + "' is out of range";
            }
        }
        String lower = value.toLowerCase(Locale.ROOT).replace("+", "").replace("-", "");
        if (lower.equals("nan") || lower.startsWith("inf")) {
            return "time '" + value + "' is not a finite number";
        }
        if (lower.startsWith("0x")) {
            return "time '" + value + "' is hexadecimal; times are decimal numbers or dates";
        }
        Matcher slashed = SLASHED.matcher(value);
        if (slashed.matches()) {
            Kind kind = dayFirst ? Kind.DAY_MONTH_YEAR : Kind.MONTH_DAY_YEAR;
            return dayFirst ? date(value, kind, slashed, 1, 2) : date(value, kind, slashed, 2, 1);
        }
        Matcher dotted = DOTTED.matcher(value);
        if (dotted.matches()) {
            return date(value, Kind.DOTTED, dotted, 1, 2);
        }
        Matcher spaced = SPACED.matcher(value);
        if (spaced.matches()) {
            try {
                LocalDateTime t = LocalDateTime.of(Integer.parseInt(spaced.group(1)), Integer.parseInt(spaced.group(2)),
                        Integer.parseInt(spaced.group(3)), Integer.parseInt(spaced.group(4)),
                        Integer.parseInt(spaced.group(5)), spaced.group(6) == null ? 0 : Integer.parseInt(spaced.group(6)));
                return time(Kind.DATE_TIME, t.toInstant(ZoneOffset.UTC));
            } catch (DateTimeException e) {
                return "time '" + value + "' is not a valid date (read as " + Kind.DATE_TIME.many() + ")";
            }
        }
        Instant instant = iso(value);
        if (instant == null) {
            return "time '" + value + "' is neither a decimal number nor a date (ISO yyyy-MM-dd, dd/MM/yyyy,"
                    + " dd.MM.yyyy or yyyy-MM-dd HH:mm)";
        }
        return time(Kind.ISO, instant);
    }

    private static Object date(String value, Kind kind, Matcher m, int dayGroup, int monthGroup) {
        try {
            LocalDateTime t = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(monthGroup)),
                    Integer.parseInt(m.group(dayGroup))).atStartOfDay();
            if (m.group(4) != null) {
                t = t.withHour(Integer.parseInt(m.group(4))).withMinute(Integer.parseInt(m.group(5)))
                        .withSecond(m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            }
            return time(kind, t.toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return "time '" + value + "' is not a valid date (read as " + kind.many() + ")";
        }
    }

    private static Instant iso(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Time time(Kind kind, Instant instant) {
        return new Time(kind, BigDecimal.valueOf(instant.getEpochSecond()).movePointRight(9)
                .add(BigDecimal.valueOf(instant.getNano())));
    }

    /**
     * What the column was read as, for a user: "times read as dates dd/MM/yyyy (day first: ...)",
     * "times read as epoch seconds (2023-01-05 to 2023-03-01)", "times read as numbers".
     *
     * @param kinds the kinds of the cells used
     * @param min   the smallest number used (numbers only), or null
     * @param max   the largest number used (numbers only), or null
     */
    String note(Set<Kind> kinds, BigDecimal min, BigDecimal max) {
        if (kinds.isEmpty()) {
            return "no time was read";
        }
        if (kinds.equals(EnumSet.of(Kind.NUMBER))) {
            if (min != null && isWhole(min) && isWhole(max) && min.compareTo(EPOCH_2000) >= 0
                    && max.compareTo(EPOCH_2100) < 0) {
                return "times read as epoch seconds (" + day(min) + " to " + day(max) + ")";
            }
            return "times read as numbers";
        }
        List<String> names = kinds.stream().map(Kind::many).toList();
        String note = "times read as " + String.join(" and ", names);
        boolean slashedUsed = kinds.contains(Kind.DAY_MONTH_YEAR) || kinds.contains(Kind.MONTH_DAY_YEAR);
        return slashedUsed && !slashNote.isEmpty() ? note + " (" + slashNote + ")" : note;
    }

    private static boolean isWhole(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }

    private static String day(BigDecimal epochSeconds) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSeconds.longValueExact()), ZoneOffset.UTC).toString();
    }
}
