package seqlab.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import seqlab.data.DataException;
import seqlab.model.ModelConfig;

class RunHistoryTest {

    @TempDir
    Path dir;

    private static RunHistory twoRuns() {
        RunHistory h = new RunHistory();
        h.add(RunsTestData.record("r1", ModelConfig.builder().embeddingDim(8).build(), 0.4, RunOutcome.FINISHED));
        h.add(RunsTestData.record("r2", ModelConfig.builder().units(64).build(), 0.5, RunOutcome.FAILED));
        return h;
    }

    @Test
    void savesAndLoadsEveryFieldIncludingNaN() throws Exception {
        RunHistory h = twoRuns();
        Path file = dir.resolve("runs.json");
        h.save(file);
        List<RunRecord> loaded = RunHistory.load(file).runs();
        assertEquals(h.runs().size(), loaded.size());
        for (int i = 0; i < loaded.size(); i++) {
            RunRecord a = h.runs().get(i);
            RunRecord b = loaded.get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a.settings(), b.settings());
            assertEquals(a.data(), b.data());
            assertEquals(a.epochs(), b.epochs());
            assertEquals(a.validation(), b.validation());
            assertEquals(a.test(), b.test());
            assertEquals(a.outcome(), b.outcome());
            assertEquals(a.message(), b.message());
            assertEquals(a.wallSeconds(), b.wallSeconds());
        }
        assertTrue(Double.isNaN(loaded.get(0).epochs().get(1).validationLoss()));
        assertTrue(Double.isNaN(loaded.get(0).testValue("popularity", "loss")));
    }

    @Test
    void appendCreatesTheFileThenAddsToIt() throws Exception {
        Path file = dir.resolve("h.json");
        RunHistory.append(file, RunsTestData.record("a", ModelConfig.defaults(), 0.1, RunOutcome.FINISHED));
        RunHistory.append(file, RunsTestData.record("b", ModelConfig.defaults(), 0.2, RunOutcome.STOPPED));
        assertEquals(List.of("a", "b"), RunHistory.load(file).runs().stream().map(RunRecord::id).toList());
    }

    @Test
    void appendsFromManyThreadsAtOnceKeepEveryRun() throws Exception {
        Path file = dir.resolve("shared.json");
        int threads = 8;
        int each = 5;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    RunHistory.append(file, RunsTestData.record("t" + thread + "-" + i, ModelConfig.defaults(), 0.1,
                            RunOutcome.FINISHED));
                }
                return null;
            }));
        }
        for (var f : done) {
            f.get();
        }
        pool.shutdown();
        assertEquals(threads * each, RunHistory.load(file).runs().stream().map(RunRecord::id).distinct().count());
    }

    @Test
    void otherVersionsOtherFormatsAndDamagedFilesGiveClearMessages() throws Exception {
        Path file = dir.resolve("x.json");
        Files.writeString(file, twoRuns().toJson().replace("\"version\" : 1", "\"version\" : 7"));
        DataException e = assertThrows(DataException.class, () -> RunHistory.load(file));
        assertTrue(e.getMessage().contains("version 7, but this SeqLab reads version 1"), e.getMessage());

        Files.writeString(file, "{\"format\":\"something-else\",\"version\":1}");
        e = assertThrows(DataException.class, () -> RunHistory.load(file));
        assertTrue(e.getMessage().contains("not a SeqLab run history"), e.getMessage());

        Files.writeString(file, twoRuns().toJson().substring(0, 300));
        e = assertThrows(DataException.class, () -> RunHistory.load(file));
        assertTrue(e.getMessage().contains("damaged run history"), e.getMessage());

        e = assertThrows(DataException.class, () -> RunHistory.load(dir.resolve("missing.json")));
        assertTrue(e.getMessage().endsWith("file not found"), e.getMessage());
    }

    /** Splits RFC 4180 CSV (quotes, doubled quotes, CRLF). */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void runsCsvHasOneRowPerRunWithSettingsAndFinalMetricsAsColumns() {
        List<List<String>> rows = parseCsv(RunHistory.runsCsv(twoRuns().runs()));
        assertEquals(3, rows.size());
        List<String> header = rows.get(0);
        rows.forEach(r -> assertEquals(header.size(), r.size(), r.toString()));
        List<String> first = rows.get(1);
        assertEquals("r1", first.get(header.indexOf("id")));
        assertEquals("data, \"quoted\".txt", first.get(header.indexOf("data_source")));
        assertEquals("8", first.get(header.indexOf("embedding-dim")));
        assertEquals("pre", first.get(header.indexOf("padding")));
        assertEquals("finished", first.get(header.indexOf("outcome")));
        assertEquals(0.4, Double.parseDouble(first.get(header.indexOf("test_lstm_hr@10"))), 1e-9);
        assertEquals(0.15, Double.parseDouble(first.get(header.indexOf("validation_lstm_mrr@10"))), 1e-9);
        assertEquals("", first.get(header.indexOf("test_popularity_loss")));
        assertEquals("", first.get(header.indexOf("validation_markov_hr@10")));
        List<String> second = rows.get(2);
        assertEquals("64", second.get(header.indexOf("units")));
        assertEquals("the loss became NaN", second.get(header.indexOf("message")));
    }

    @Test
    void curvesCsvHasOneRowPerRunAndEpoch() {
        List<List<String>> rows = parseCsv(RunHistory.curvesCsv(twoRuns().runs()));
        List<String> header = rows.get(0);
        assertEquals(List.of("run", "epoch", "train_loss", "train_accuracy", "validation_loss", "validation_hr@10",
                "validation_mrr@10", "seconds", "targets_per_second"), header);
        assertEquals(5, rows.size());
        assertEquals(List.of("r1", "1"), rows.get(1).subList(0, 2));
        assertEquals(List.of("r2", "2"), rows.get(4).subList(0, 2));
        assertEquals("", rows.get(2).get(header.indexOf("validation_loss")));
        assertEquals(0.3, Double.parseDouble(rows.get(2).get(header.indexOf("validation_hr@10"))), 1e-9);
    }
}
