package seqlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Parsed {@code --name value} options and {@code --flag}s of one command; every option must be known. */
final class Options {

    /** Decimal notation only: Java's parser would also take NaN, Infinity, hexadecimal and suffixes like 1d. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final String command;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();

    private Options(String command) {
        this.command = command;
    }

    /**
     * Parses {@code args}.
     *
     * @param valued options that take a value
     * @param flagNames options that take none
     */
    static Options parse(String command, List<String> args, Set<String> valued, Set<String> flagNames) {
        Options o = new Options(command);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new UsageException(command + ": unexpected argument '" + a + "' (options start with --)");
            }
            String name = a.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flagNames.contains(name) && inline == null) {
                o.flags.add(name);
            } else if (valued.contains(name)) {
                String v = inline;
                if (v == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(command + ": --" + name + " needs a value");
                    }
                    v = args.get(++i);
                }
                o.values.put(name, v);
            } else {
                List<String> known = new ArrayList<>(valued);
                known.addAll(flagNames);
                known.sort(null);
                throw new UsageException(command + ": unknown option --" + name + " (known: --"
                        + String.join(", --", known) + ")");
            }
        }
        return o;
    }

    /** The command these options belong to, for messages. */
    String command() {
        return command;
    }

    boolean has(String name) {
        return values.containsKey(name) || flags.contains(name);
    }

    String get(String name) {
        return values.get(name);
    }

    String require(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException(command + ": --" + name + " is required");
        }
        return v;
    }

    Path path(String name) {
        String v = values.get(name);
        return v == null ? null : Path.of(v);
    }

    Path requirePath(String name) {
        return Path.of(require(name));
    }

    int integer(String name, int fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            String size = v.strip().matches("[+-]?\\d+") ? " of at most " + Integer.MAX_VALUE : "";
            throw new UsageException(command + ": --" + name + " must be a whole number" + size + " (got '" + v + "')");
        }
    }

    long longInteger(String name, long fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + name + " must be a whole number (got '" + v + "')");
        }
    }

    double decimal(String name, double fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        double d = PLAIN_DECIMAL.matcher(v.strip()).matches() ? Double.parseDouble(v.strip()) : Double.NaN;
        if (!Double.isFinite(d)) {
            throw new UsageException(command + ": --" + name + " must be a number (got '" + v + "')");
        }
        return d;
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        String wanted = v.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        throw new UsageException(command + ": --" + name + " must be one of " + String.join(", ", names)
                + " (got '" + v + "')");
    }

    int[] integers(String name, int[] fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        String[] parts = v.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new UsageException(command + ": --" + name + " must be whole numbers separated by commas (got '"
                        + v + "')");
            }
            if (out[i] < 1) {
                throw new UsageException(command + ": --" + name + " values must be at least 1 (got " + out[i] + ")");
            }
        }
        return out;
    }
}
