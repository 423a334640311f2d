package seqlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads sequences from one-sequence-per-line text or from long CSV/TSV tables.
 *
 * <p>Lines: items are separated by spaces, commas or tabs; blank lines are skipped and reported;
 * lines starting with {@code #} are comments; a first line made only of column names ({@code items},
 * {@code user item}) that occur nowhere else is skipped and reported, and a table header is refused.
 *
 * <p>Tables: the first line is a header; rows are grouped by the sequence column in order of first
 * appearance and ordered by the time column (stable on ties, so rows with equal times keep file
 * order). Times are decimal numbers (an exponent such as {@code 1.7E+12} is read; epoch seconds are
 * numbers) or dates (ISO-8601, {@code dd/MM/yyyy} or {@code MM/dd/yyyy} as the column shows,
 * {@code dd.MM.yyyy}, {@code yyyy-MM-dd HH:mm[:ss]}), numbers or dates per file, compared exactly;
 * NaN, Infinity, hexadecimal and the other forms Java's number parser accepts are refused (see
 * {@link TimeParser}). The delimiter is detected (tab, semicolon, pipe, comma) unless given; a label
 * column, when named, gives the item labels ({@link #readTable}). Rows that cannot be used (too few or too many fields, an empty
 * id or item, a time that is refused) are skipped and reported with their line number.
 */
public final class SequenceReader {

    private static final Pattern ITEM_SEPARATORS = Pattern.compile("[\\s,]+");
    private static final List<String> SEQUENCE_HEADERS = List.of("userid", "user", "sessionid", "session",
            "sequenceid", "sequence", "seqid", "customerid", "customer", "householdid", "household", "visitorid",
            "basketid");
    private static final List<String> ITEM_HEADERS = List.of("itemid", "item", "productid", "product",
            "movieid", "movie", "sku", "brandid", "brand", "token", "event", "eventid");
    private static final List<String> TIME_HEADERS = List.of("timestamp", "time", "datetime", "date", "ts",
            "eventtime", "order", "position");

    private static final Set<String> HEADER_WORDS = Set.copyOf(recognisedHeaders());

    private final ReadOptions options;

    /** A reader with the given options. */
    public SequenceReader(ReadOptions options) {
        this.options = options;
    }

    /** A reader that detects the layout. */
    public SequenceReader() {
        this(ReadOptions.auto());
    }

    /**
     * Reads a file.
     *
     * @throws DataException if the file is missing, unreadable or unusable as a whole
     */
    public SequenceData read(Path file) {
        TextFile.Decoded text = TextFile.read(file);
        return read(file.toString(), text.text()).withEncoding(text.encoding());
    }

    /** Reads text held in memory, e.g. the editor's contents, naming it {@code source} in messages. */
    public SequenceData read(String source, String text) {
        try {
            return read(source, new BufferedReader(new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SequenceData read(String source, BufferedReader in) throws IOException {
        List<String> lines = in.lines().toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            throw new DataException(source + ": no data (the file is empty)");
        }
        ReadOptions.Format format = options.format();
        if (format == ReadOptions.Format.AUTO) {
            format = options.namesColumns() || looksLikeTableHeader(lines.get(first))
                    ? ReadOptions.Format.TABLE : ReadOptions.Format.LINES;
        }
        SequenceData data = format == ReadOptions.Format.TABLE
                ? readTable(source, lines, first).data() : readLines(source, lines);
        requireSequences(source, data);
        return data;
    }

    private static void requireSequences(String source, SequenceData data) {
        if (data.sequences().isEmpty()) {
            String why = data.skipped().isEmpty() ? "" : " (" + data.skipped().size() + " line(s) skipped, first: line "
                    + data.skipped().get(0).line() + ": " + data.skipped().get(0).reason() + ")";
            throw new DataException(source + ": no sequences found" + why);
        }
    }

    private static SequenceData readLines(String source, List<String> lines) {
        List<List<String>> sequences = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<SkippedLine> skipped = new ArrayList<>();
        int header = headerOfLines(lines);
        if (header >= 0) {
            String line = lines.get(header).strip();
            if (looksLikeTableHeader(line)) {
                throw DataException.at(source, header + 1, "the first line looks like a table header ('" + line
                        + "'), but the file is read as lines (one sequence per line): read it as a table"
                        + " (--format table or auto)");
            }
            skipped.add(new SkippedLine(header + 1, "looks like a header ('" + line + "'), not a sequence:"
                    + " not read as items"));
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("#") || i == header) {
                continue;
            }
            if (line.isEmpty()) {
                if (i < lastNonBlank(lines)) {
                    skipped.add(new SkippedLine(i + 1, "empty line"));
                }
                continue;
            }
            List<String> items = new ArrayList<>();
            for (String t : ITEM_SEPARATORS.split(line)) {
                if (!t.isEmpty()) {
                    items.add(t);
                }
            }
            if (items.isEmpty()) {
                skipped.add(new SkippedLine(i + 1, "no items (only separators)"));
            } else {
                sequences.add(items);
                ids.add(Integer.toString(i + 1));
            }
        }
        return new SequenceData(source, sequences, skipped, null, ids);
    }

    /**
     * The index of a lines file's header, or -1: the first line that is neither blank nor a comment,
     * when each of its tokens is a column name (item, user_id, sequences, ...) and none of them occurs
     * as an item further down.
     */
    private static int headerOfLines(List<String> lines) {
        int first = 0;
        while (first < lines.size() && (lines.get(first).isBlank() || lines.get(first).strip().startsWith("#"))) {
            first++;
        }
        if (first == lines.size()) {
            return -1;
        }
        Set<String> tokens = new java.util.HashSet<>();
        for (String t : ITEM_SEPARATORS.split(lines.get(first).strip())) {
            if (!t.isEmpty()) {
                String name = normalise(t);
                String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
                if (!HEADER_WORDS.contains(name) && !HEADER_WORDS.contains(singular)) {
                    return -1;
                }
                tokens.add(t);
            }
        }
        if (tokens.isEmpty()) {
            return -1;
        }
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("#")) {
                for (String t : ITEM_SEPARATORS.split(line)) {
                    if (tokens.contains(t)) {
                        return -1;
                    }
                }
            }
        }
        return first;
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank() && !lines.get(i).strip().startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads a file as a long table ({@link #readTable(String, String)}).
     *
     * @throws DataException if the file is missing, unreadable or unusable as a table
     */
    public TableRead readTable(Path file) {
        TextFile.Decoded text = TextFile.read(file);
        TableRead read = readTable(file.toString(), text.text());
        return new TableRead(read.data().withEncoding(text.encoding()), read.columns(), read.delimiter(),
                read.sequenceColumn(), read.itemColumn(), read.timeColumn(), read.timeNote(), read.labels());
    }

    /**
     * Reads text held in memory as a long table, saying what was decided (columns, delimiter, how times
     * were read) and collecting the label column's labels.
     *
     * @throws DataException if the text is empty, a column is missing or no sequence is left
     */
    public TableRead readTable(String source, String text) {
        List<String> lines = text.lines().toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            throw new DataException(source + ": no data (the file is empty)");
        }
        TableRead read = readTable(source, lines, first);
        requireSequences(source, read.data());
        return read;
    }

    private TableRead readTable(String source, List<String> lines, int headerIndex) {
        String header = lines.get(headerIndex);
        char delimiter = options.delimiter() != null ? options.delimiter() : CsvSplitter.detectDelimiter(header);
        List<String> columns;
        try {
            columns = CsvSplitter.split(header, delimiter);
        } catch (IllegalArgumentException e) {
            throw DataException.at(source, headerIndex + 1, "cannot read the header: " + e.getMessage());
        }
        int seqCol = column(source, headerIndex, columns, options.sequenceColumn(), SEQUENCE_HEADERS, "sequence");
        int itemCol = column(source, headerIndex, columns, options.itemColumn(), ITEM_HEADERS, "item");
        int timeCol = "".equals(options.timeColumn()) ? -1
                : optionalColumn(source, headerIndex, columns, options.timeColumn(), TIME_HEADERS);
        int labelCol = options.labelColumn() == null ? -1
                : optionalColumn(source, headerIndex, columns, options.labelColumn(), List.of());
        if (seqCol == itemCol) {
            throw DataException.at(source, headerIndex + 1, "the sequence and item columns are the same column '"
                    + columns.get(seqCol) + "'");
        }
        if (labelCol >= 0 && labelCol == itemCol) {
            throw DataException.at(source, headerIndex + 1, "the label and item columns are the same column '"
                    + columns.get(itemCol) + "'");
        }
        record Row(int line, String seq, String item, String time) {
        }
        List<Row> rows = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        List<SkippedLine> skipped = new ArrayList<>();
        int needed = Math.max(Math.max(seqCol, labelCol), Math.max(itemCol, timeCol)) + 1;
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            List<String> fields;
            try {
                fields = CsvSplitter.split(line, delimiter);
            } catch (IllegalArgumentException e) {
                skipped.add(new SkippedLine(i + 1, e.getMessage()));
                continue;
            }
            if (fields.size() < needed) {
                skipped.add(new SkippedLine(i + 1, "has " + fields.size() + " field(s), the header has " + columns.size()));
                continue;
            }
            if (fields.size() > columns.size()
                    && fields.subList(columns.size(), fields.size()).stream().anyMatch(f -> !f.isEmpty())) {
                // an unquoted delimiter inside a value shifts the columns after it
                skipped.add(new SkippedLine(i + 1, "has " + fields.size() + " field(s), the header has " + columns.size()
                        + " (a value holding '" + delimiter + "' needs double quotes)"));
                continue;
            }
            String seq = fields.get(seqCol);
            String item = fields.get(itemCol);
            if (seq.isEmpty() || item.isEmpty()) {
                skipped.add(new SkippedLine(i + 1, "empty " + (seq.isEmpty() ? "sequence id" : "item")));
                continue;
            }
            if (timeCol >= 0 && fields.get(timeCol).isEmpty()) {
                skipped.add(new SkippedLine(i + 1, "empty time"));
                continue;
            }
            rows.add(new Row(i + 1, seq, item, timeCol >= 0 ? fields.get(timeCol) : null));
            if (labelCol >= 0 && !fields.get(labelCol).isEmpty()) {
                labels.putIfAbsent(item, fields.get(labelCol));
            }
        }
        TimeParser parser = timeCol < 0 ? null : TimeParser.forValues(rows.stream().map(Row::time).toList());
        TimeParser.Time firstTime = null;
        int firstTimeLine = 0;
        java.util.EnumSet<TimeParser.Kind> kinds = java.util.EnumSet.noneOf(TimeParser.Kind.class);
        BigDecimal min = null;
        BigDecimal max = null;
        record Timed(BigDecimal time, String item) {
        }
        Map<String, List<Timed>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            BigDecimal time = BigDecimal.valueOf(row.line());
            if (parser != null) {
                Object parsed = parser.parse(row.time());
                if (parsed instanceof String reason) {
                    skipped.add(new SkippedLine(row.line(), reason));
                    continue;
                }
                TimeParser.Time t = (TimeParser.Time) parsed;
                if (firstTime == null) {
                    firstTime = t;
                    firstTimeLine = row.line();
                } else if (t.kind().date() != firstTime.kind().date()) {
                    skipped.add(new SkippedLine(row.line(), "time '" + row.time() + "' is " + t.kind().one()
                            + ", but line " + firstTimeLine + " holds " + firstTime.kind().one()
                            + " (they cannot be ordered together)"));
                    continue;
                }
                kinds.add(t.kind());
                time = t.value();
                if (!t.kind().date()) {
                    min = min == null || time.compareTo(min) < 0 ? time : min;
                    max = max == null || time.compareTo(max) > 0 ? time : max;
                }
            }
            groups.computeIfAbsent(row.seq(), k -> new ArrayList<>()).add(new Timed(time, row.item()));
        }
        List<List<String>> sequences = new ArrayList<>(groups.size());
        for (List<Timed> group : groups.values()) {
            group.sort((a, b) -> a.time().compareTo(b.time()));
            sequences.add(group.stream().map(Timed::item).toList());
        }
        skipped.sort(java.util.Comparator.comparingInt(SkippedLine::line));
        String timeNote = parser == null ? "no time column: rows keep their file order" : parser.note(kinds, min, max);
        ItemLabels itemLabels = labelCol < 0 ? ItemLabels.none()
                : new ItemLabels("label column '" + columns.get(labelCol) + "'", labels, List.of());
        return new TableRead(new SequenceData(source, sequences, skipped, null, List.copyOf(groups.keySet())), columns,
                delimiter, columns.get(seqCol), columns.get(itemCol), timeCol < 0 ? null : columns.get(timeCol), timeNote,
                itemLabels);
    }

    private static boolean looksLikeTableHeader(String line) {
        List<String> fields;
        try {
            fields = CsvSplitter.split(line, CsvSplitter.detectDelimiter(line));
        } catch (IllegalArgumentException e) {
            return false;
        }
        // a header names at least one known column; data lines hold item tokens
        return fields.size() >= 2 && (find(fields, SEQUENCE_HEADERS) >= 0 || find(fields, ITEM_HEADERS) >= 0
                || find(fields, TIME_HEADERS) >= 0);
    }

    private static int column(String source, int headerIndex, List<String> columns, String named,
                              List<String> candidates, String role) {
        int c = named != null ? indexOf(columns, named) : find(columns, candidates);
        if (c < 0) {
            String wanted = named != null ? "no column named '" + named + "'"
                    : "no " + role + " column (looked for " + String.join(", ", candidates.subList(0, 6)) + ", ...)";
            throw DataException.at(source, headerIndex + 1, wanted + "; the header has: " + String.join(", ", columns)
                    + (named != null ? "" : "; name it with --" + (role.equals("item") ? "item" : "sequence") + "-column"));
        }
        return c;
    }

    private static int optionalColumn(String source, int headerIndex, List<String> columns, String named,
                                      List<String> candidates) {
        if (named != null) {
            int c = indexOf(columns, named);
            if (c < 0) {
                throw DataException.at(source, headerIndex + 1, "no column named '" + named
                        + "'; the header has: " + String.join(", ", columns));
            }
            return c;
        }
        return find(columns, candidates);
    }

    private static int indexOf(List<String> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    private static int find(List<String> columns, List<String> candidates) {
        for (String candidate : candidates) {
            for (int i = 0; i < columns.size(); i++) {
                if (normalise(columns.get(i)).equals(candidate)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * The columns the reader would pick from {@code header} for the sequence, item and time roles, by the
     * common names (user_id, item, timestamp, ...); null where no name is recognised.
     */
    public static List<String> detectColumns(List<String> header) {
        int seq = find(header, SEQUENCE_HEADERS);
        int item = find(header, ITEM_HEADERS);
        int time = find(header, TIME_HEADERS);
        return java.util.Arrays.asList(seq < 0 ? null : header.get(seq), item < 0 ? null : header.get(item),
                time < 0 ? null : header.get(time));
    }

    private static Set<String> recognisedHeaders() {
        var all = new java.util.LinkedHashSet<String>();
        all.addAll(SEQUENCE_HEADERS);
        all.addAll(ITEM_HEADERS);
        all.addAll(TIME_HEADERS);
        return all;
    }
}
