package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import seqlab.model.Hyperparameter;

/** The README's table of defaults is the one hyperparameter list, row for row. */
class ReadmeDefaultsTest {

    static List<String> expectedRows() {
        return Arrays.stream(Hyperparameter.values()).map(h -> "| `--" + h.key() + "` | " + h.defaultText() + " | "
                + h.rangeText() + " | " + h.description() + " |").toList();
    }

    @Test
    void theDefaultsTableMatchesTheHyperparameterList() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int header = lines.indexOf("| flag | default | range | what it does |");
        List<String> rows = lines.subList(header + 2, lines.size()).stream().takeWhile(l -> l.startsWith("| `--"))
                .toList();
        assertEquals(String.join("\n", expectedRows()), String.join("\n", rows),
                "README.md's defaults table; the expected rows are on the left");
    }
}
