package seqlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One case of the bad-input corpus: a directory under {@code src/test/resources/bad-inputs} with input
 * files and a {@code case.txt} that says how to run the command line and what must come out.
 *
 * <pre>
 * # one-line description
 * args: train --data {dir}/data.csv --model {dir}/m.zip
 * exit: 2
 * err: fragment that stderr must contain (repeatable)
 * out: fragment that stdout must contain (repeatable)
 * setup: toy-model m.zip | halve-entry ZIP ENTRY | mkdir NAME | fifo NAME | copy REPO-PATH NAME
 * changes: NAME        (a case file allowed to change)
 * absent: NAME         (a path that must not exist afterwards)
 * exists: NAME         (a path that must exist afterwards)
 * </pre>
 *
 * @param name        the directory name
 * @param directory   the directory
 * @param description the first comment line
 * @param args        the arguments, {@code {dir}} not yet replaced
 * @param exit        the expected exit code
 * @param err         fragments stderr must contain
 * @param out         fragments stdout must contain
 * @param setup       setup steps, each a list of words
 * @param changes     case files that may change
 * @param absent      paths that must not exist afterwards
 * @param exists      paths that must exist afterwards
 */
record BadInputCase(String name, Path directory, String description, List<String> args, int exit,
                    List<String> err, List<String> out, List<List<String>> setup, List<String> changes,
                    List<String> absent, List<String> exists) {

    static final String FILE = "case.txt";

    static BadInputCase read(Path directory) throws IOException {
        String name = directory.getFileName().toString();
        String description = "";
        List<String> args = null;
        Integer exit = null;
        List<String> err = new ArrayList<>();
        List<String> out = new ArrayList<>();
        List<List<String>> setup = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        List<String> exists = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(directory.resolve(FILE), StandardCharsets.UTF_8)) {
            number++;
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("#")) {
                if (description.isEmpty()) {
                    description = text.substring(1).strip();
                }
                continue;
            }
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(name + "/" + FILE + " line " + number + ": no 'key:' in " + text);
            }
            String key = text.substring(0, colon).strip();
            String value = text.substring(colon + 1).strip();
            switch (key) {
                case "args" -> args = words(value);
                case "exit" -> exit = Integer.parseInt(value);
                case "err" -> err.add(value);
                case "out" -> out.add(value);
                case "setup" -> setup.add(words(value));
                case "changes" -> changes.add(value);
                case "absent" -> absent.add(value);
                case "exists" -> exists.add(value);
                default -> throw new IllegalArgumentException(name + "/" + FILE + " line " + number
                        + ": unknown key '" + key + "'");
            }
        }
        if (args == null || exit == null) {
            throw new IllegalArgumentException(name + "/" + FILE + ": needs 'args:' and 'exit:'");
        }
        return new BadInputCase(name, directory, description, args, exit, err, out, setup, changes, absent, exists);
    }

    /** Splits on whitespace; double quotes group words (and may hold an empty argument). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean started = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                started = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (started) {
                    words.add(word.toString());
                    word.setLength(0);
                    started = false;
                }
            } else {
                word.append(c);
                started = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unclosed quote in: " + text);
        }
        if (started) {
            words.add(word.toString());
        }
        return words;
    }

    @Override
    public String toString() {
        return name + (description.isEmpty() ? "" : " (" + description + ")");
    }
}
