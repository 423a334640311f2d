package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendCommandTest {

    @TempDir
    static Path dir;
    private static Path model;
    private static Path table;

    @BeforeAll
    static void trainOnATable() throws Exception {
        table = dir.resolve("purchases.csv");
        Files.writeString(table, """
                customer_id,product_id,purchase_date
                c-1,1,2024-01-01
                c-1,2,2024-01-02
                c-1,3,2024-01-03
                "Müller, A.",4,2024-01-01
                "Müller, A.",2,2024-01-02
                "Müller, A.",5,2024-01-03
                c-3,1,2024-01-01
                c-3,2,2024-01-02
                c-4,1,2024-01-01
                c-4,2,2024-01-02
                c-4,4,2024-01-03
                c-4,5,2024-01-04
                c-5,9,2024-01-04
                """);
        model = dir.resolve("m.zip");
        Run r = Run.of("train", "--data", table.toString(), "--model", model.toString(), "--epochs", "3");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
    }

    private static Set<String> sequenceColumn(List<String> lines) {
        Set<String> ids = new LinkedHashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            ids.add(line.startsWith("\"") ? line.substring(0, line.indexOf('"', 1) + 1) : line.split(",")[0]);
        }
        return ids;
    }

    @Test
    void aTablesRowsAreNamedByItsCustomerIdsAndStdoutHoldsWhatOutWrites() throws Exception {
        Path out = dir.resolve("recs.csv");
        Run toFile = Run.of("recommend", "--model", model.toString(), "--data", table.toString(), "--top", "2",
                "--out", out.toString());
        assertEquals(CommandLine.OK, toFile.exit(), toFile::toString);
        assertEquals("", toFile.out());
        Run toStdout = Run.of("recommend", "--model", model.toString(), "--data", table.toString(), "--top", "2");
        assertEquals(CommandLine.OK, toStdout.exit(), toStdout::toString);
        assertEquals(Files.readString(out), toStdout.out());
        List<String> lines = toStdout.outLines();
        assertEquals("sequence,rank,item,label,probability", lines.get(0));
        assertEquals(Set.of("c-1", "\"Müller, A.\"", "c-3", "c-4"), sequenceColumn(lines));
        assertTrue(toStdout.err().contains("1 unknown item(s) skipped in 1 sequence(s); 1 sequence(s) with no known"
                + " item got none"), toStdout.err());
        assertTrue(toStdout.err().contains("ranking: items already in a sequence are excluded"), toStdout.err());
        List<String> first = lines.stream().filter(l -> l.startsWith("c-1,")).toList();
        assertEquals(2, first.size());
        assertTrue(first.stream().allMatch(l -> Set.of("4", "5").contains(l.split(",")[2])), "c-1 has seen 1, 2, 3: "
                + first);
    }

    @Test
    void aFileOfLinesIsNamedByLineNumbersAndSeenItemsCanBeRanked() throws Exception {
        Path lines = dir.resolve("prefixes.txt");
        Files.writeString(lines, "# customers\n1 2\n\n4 2\n");
        Run r = Run.of("recommend", "--model", model.toString(), "--data", lines.toString(), "--top", "5",
                "--seen-items", "rank");
        assertEquals(CommandLine.OK, r.exit(), r::toString);
        assertEquals(Set.of("2", "4"), sequenceColumn(r.outLines()));
        assertEquals(11, r.outLines().size(), "all 5 items for each, the seen ones too");
        assertTrue(r.err().contains("note: the model's own metrics left out the items already in the prefix;"
                + " this run of recommend ranks them all"), r.err());
        Run excluded = Run.of("recommend", "--model", model.toString(), "--data", lines.toString(), "--top", "5",
                "--exclude-seen");
        assertEquals(CommandLine.OK, excluded.exit(), excluded::toString);
        assertEquals(7, excluded.outLines().size(), "3 unseen items each");
    }
}
