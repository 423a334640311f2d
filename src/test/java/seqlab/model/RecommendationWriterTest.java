package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.data.SyntheticSequences;

class RecommendationWriterTest {

    /** 40 items (so top 3 takes the single-pass ranking), max length 4 (so histories are longer than the window). */
    private static TrainedModel model;
    private static SequenceData data;

    @BeforeAll
    static void train() {
        data = SyntheticSequences.generate(200, 40, 8, 7);
        ItemLabels labels = new ItemLabels(Map.of("1", "Heat, the \"film\" (1995)", "2", "Toy Story"), List.of());
        PreparedData prepared = PreparedData.prepare(data, labels,
                ModelConfig.builder().epochs(1).maxLength(4).seenItems(SeenItems.RANK).split(
                        seqlab.eval.SplitMethod.NONE).build(), null);
        model = new Trainer(prepared).train(TrainingListener.none(), () -> false).model();
    }

    private static TrainedModel withRule(boolean excludesSeen) {
        return new TrainedModel(model.network(), model.config(), model.vocabulary(), model.labels(), model.popularity(),
                model.markov(), model.history(), model.test(), model.trainedOn(), excludesSeen);
    }

    private static List<String> csv(TrainedModel m, int top, boolean exclude, List<String> ids,
                                    List<List<String>> sequences) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RecommendationWriter(new Recommender(m, top, exclude)).write(ids, sequences, out,
                Recommender.Progress.NONE, () -> false);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void everySequencesRowsAreWhatPredictGivesForItsWholeHistoryUnderEitherRule() throws IOException {
        for (boolean exclude : new boolean[]{true, false}) {
            TrainedModel m = withRule(exclude);
            List<List<String>> sequences = data.sequences().subList(0, 60);
            List<String> lines = csv(m, 3, exclude, data.ids().subList(0, 60), sequences);
            Map<String, List<String[]>> bySequence = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                bySequence.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
            }
            assertEquals(60, bySequence.size());
            for (int i = 0; i < sequences.size(); i++) {
                Prediction p = m.predict(sequences.get(i), 3);
                List<String[]> rows = bySequence.get(data.ids().get(i));
                assertEquals(p.items().size(), rows.size());
                for (int r = 0; r < rows.size(); r++) {
                    ScoredItem expected = p.items().get(r);
                    assertEquals(Integer.toString(r + 1), rows.get(r)[1]);
                    assertEquals(expected.item(), rows.get(r)[2], "sequence " + i + " rank " + (r + 1));
                    String[] f = rows.get(r);
                    assertEquals(expected.probability(), Double.parseDouble(f[f.length - 1]), 2e-6);
                    if (exclude) {
                        assertFalse(sequences.get(i).contains(expected.item()));
                    }
                }
            }
        }
    }

    @Test
    void theHeaderComesFirstAndIdsAndLabelsWithCommasOrQuotesAreQuoted() throws IOException {
        List<String> lines = csv(model, 40, false, List.of("shop 7, Berlin"), List.of(List.of("3", "4")));
        assertEquals(RecommendationWriter.HEADER, lines.get(0));
        assertEquals("sequence,rank,item,label,probability", lines.get(0));
        assertEquals(41, lines.size(), "every one of the 40 items once");
        String heat = lines.stream().filter(l -> l.contains(",1,\"Heat")).findFirst().orElseThrow();
        assertTrue(heat.matches("\"shop 7, Berlin\",\\d+,1,\"Heat, the \"\"film\"\" \\(1995\\)\",0\\.\\d{8}"), heat);
        assertTrue(lines.stream().anyMatch(l -> l.matches("\"shop 7, Berlin\",\\d+,2,Toy Story,0\\.\\d{8}")));
    }

    @Test
    void unknownItemsAreSkippedAndSequencesWithoutAKnownItemGetNoRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecommendationSummary s = new RecommendationWriter(new Recommender(model, 2, true)).write(
                List.of("a", "b", "c"), List.of(List.of("1", "nope", "2"), List.of("nope", "never"), List.of("3")),
                out, Recommender.Progress.NONE, () -> false);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(5, lines.size());
        assertTrue(lines.stream().skip(1).noneMatch(l -> l.startsWith("b,")));
        assertEquals(new RecommendationSummary(3, 2, 3, 2, 1, false), s);
        assertEquals(withRule(true).predict(List.of("1", "2"), 2).items().get(0).item(), lines.get(1).split(",")[2]);
    }

    /** Sequences produced on demand, counting how far they have been read. */
    private static final class CountingSequences extends AbstractList<List<String>> {
        private final int size;
        int read;

        CountingSequences(int size) {
            this.size = size;
        }

        @Override
        public List<String> get(int i) {
            read = Math.max(read, i + 1);
            return data.sequences().get(i % data.sequences().size());
        }

        @Override
        public int size() {
            return size;
        }
    }

    @Test
    void rowsReachTheOutputBatchByBatchWhileTheInputIsStillBeingRead() throws IOException {
        int n = 6 * Recommender.BATCH;
        CountingSequences sequences = new CountingSequences(n);
        List<Integer> readAtWrite = new ArrayList<>();
        long[] bytes = {0};
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                readAtWrite.add(sequences.read);
                bytes[0] += len;
            }
        };
        List<String> ids = new AbstractList<>() {
            @Override
            public String get(int i) {
                return "customer-" + i;
            }

            @Override
            public int size() {
                return n;
            }
        };
        List<Integer> progress = new ArrayList<>();
        RecommendationSummary s = new RecommendationWriter(new Recommender(model, 10, false)).write(ids, sequences, out,
                (done, total) -> progress.add(done), () -> false);
        assertEquals(n, s.recommended());
        assertTrue(readAtWrite.get(0) <= Recommender.BATCH, "first write after " + readAtWrite.get(0) + " read");
        assertTrue(readAtWrite.stream().distinct().count() >= 5, "writes during at least 5 batches: " + readAtWrite);
        assertEquals(List.of(512, 1024, 1536, 2048, 2560, 3072), progress);
        assertTrue(bytes[0] > 30L * n, bytes[0] + " bytes");
    }

    @Test
    void aStoppedExportWritesNoFileAndKeepsTheOneThatWasThere(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("recs.csv");
        Files.writeString(file, "old\n");
        int[] asked = {0};
        RecommendationSummary s = new RecommendationWriter(new Recommender(model, 5, false)).write(
                new SequenceData("big", new CountingSequences(4 * Recommender.BATCH), List.of(), null, null), file,
                Recommender.Progress.NONE, () -> ++asked[0] > 2);
        assertTrue(s.stopped());
        assertEquals(2 * Recommender.BATCH, s.sequences());
        assertEquals("old\n", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aFileWrittenWholeHoldsTheSameBytesAsTheStream(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/recs.csv");
        RecommendationWriter writer = new RecommendationWriter(new Recommender(model, 4, true));
        RecommendationSummary s = writer.write(data, file, Recommender.Progress.NONE, () -> false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(data, out, Recommender.Progress.NONE, () -> false);
        assertEquals(out.toString(StandardCharsets.UTF_8), Files.readString(file));
        assertEquals(data.sequences().size(), s.recommended());
        assertFalse(s.stopped());
    }

    @Test
    void theSinglePassTopItemsAreTheHeadOfTheFullRankingTiesIncluded() {
        java.util.Random random = new java.util.Random(3);
        for (int trial = 0; trial < 200; trial++) {
            float[] p = new float[40];
            boolean[] skip = new boolean[40];
            for (int i = 0; i < p.length; i++) {
                p[i] = random.nextInt(6) / 10f;
                skip[i] = random.nextInt(4) == 0;
            }
            List<ScoredItem> all = model.rank(p, 0, skip);
            for (int k = 1; k <= 4; k++) {
                assertEquals(all.subList(0, Math.min(k, all.size())), model.rank(p, k, skip), "k " + k);
            }
        }
        assertEquals(List.of(), model.rank(new float[40], 3, fill(true)));
        assertEquals(2, model.rank(new float[40], 3, skipAllBut(7, 9)).size());
    }

    private static boolean[] fill(boolean value) {
        boolean[] b = new boolean[40];
        java.util.Arrays.fill(b, value);
        return b;
    }

    private static boolean[] skipAllBut(int... kept) {
        boolean[] b = fill(true);
        for (int k : kept) {
            b[k] = false;
        }
        return b;
    }

    @Test
    void probabilitiesAreWrittenWithEightDecimals() {
        StringBuilder s = new StringBuilder();
        RecommendationWriter.appendProbability(s, 0.0000123456);
        s.append(' ');
        RecommendationWriter.appendProbability(s, 1.0);
        s.append(' ');
        RecommendationWriter.appendProbability(s, 0.5);
        assertEquals("0.00001235 1.00000000 0.50000000", s.toString());
    }
}
