package seqlab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import seqlab.ToyData;
import seqlab.data.DataSummary;
import seqlab.data.ItemChecks;
import seqlab.data.ItemLabels;
import seqlab.data.ReadOptions;
import seqlab.data.SequenceData;
import seqlab.data.SequenceReader;
import seqlab.data.SkippedLine;
import seqlab.data.TextFile;
import seqlab.eval.SplitMethod;
import seqlab.model.MemoryLimits;
import seqlab.model.ModelConfig;
import seqlab.model.PreparedData;
import seqlab.model.RecommendationSummary;
import seqlab.model.SeenItems;
import seqlab.model.Trainer;
import seqlab.model.TrainingControl;
import seqlab.model.TrainingEstimate;
import seqlab.model.TrainingListener;
import seqlab.model.TrainingOutcome;
import seqlab.model.TrainingPart;
import seqlab.model.TrainingPlan;

/**
 * The core's sentences the window shows besides the Samples view's (data notes, what a run uses and costs, how
 * it ended, the export summary, how a table's times were read), produced by the core itself: each one is said
 * in Spanish and passes through unchanged in English.
 */
class CoreWindowSentencesTest {

    private static final SequenceData MARGARINE = new SequenceReader().read(Path.of("sample-data/margarine/sequences.txt"));

    @AfterEach
    void backToEnglish() {
        UiText.use(UiLanguage.ENGLISH);
    }

    private static void assertSaidInSpanish(List<String> english) {
        assertFalse(english.isEmpty());
        UiText.use(UiLanguage.ENGLISH);
        english.forEach(e -> assertEquals(e, CoreSentences.of(e)));
        UiText.use(UiLanguage.SPANISH);
        for (String e : english) {
            String spanish = CoreSentences.of(e);
            assertNotEquals(e, spanish, "not recognised: " + e);
            assertFalse(spanish.contains("training") || spanish.contains(" the ") || spanish.contains(" of "),
                    "English left in: " + spanish + " (from " + e + ")");
        }
    }

    @Test
    void theDataSummarysNotes() {
        List<String> english = new ArrayList<>();
        english.add(DataSummary.of(MARGARINE, 10).repeatsText());
        english.add(TextFile.encodingNote(TextFile.WINDOWS_1252));
        english.add(TextFile.encodingNote("UTF-16LE"));
        StringBuilder one = new StringBuilder("x");
        StringBuilder two = new StringBuilder("x y");
        for (int i = 1; i <= 30; i++) {
            one.append(' ').append(i);
            two.append(' ').append(i);
        }
        english.addAll(ItemChecks.notes(new SequenceReader().read("one.txt", one + "\n7\n")));
        english.addAll(ItemChecks.notes(new SequenceReader().read("two.txt", two + "\n")));
        assertTrue(english.stream().anyMatch(e -> e.contains("is the only non-numeric")), english.toString());
        assertTrue(english.stream().anyMatch(e -> e.contains("are the only non-numeric")), english.toString());
        assertTrue(english.stream().anyMatch(e -> e.contains("of a single item")), english.toString());
        assertSaidInSpanish(english);
        UiText.use(UiLanguage.SPANISH);
        assertEquals("'x' (primero en la secuencia 1), 'y' (primero en la secuencia 1) son los únicos artículos no"
                + " numéricos entre 30 numéricos: ¿un error al escribir? (se conservan como artículos)",
                CoreSentences.of(ItemChecks.notes(new SequenceReader().read("two.txt", two + "\n")).get(0)));
    }

    @Test
    void whyLinesAreNotUsed() {
        List<SkippedLine> skipped = new ArrayList<>(new SequenceReader().read("lines.txt", "1 2\n\n , ,\n3 4\n").skipped());
        ReadOptions table = new ReadOptions(ReadOptions.Format.TABLE, "user", "item", "time");
        skipped.addAll(new SequenceReader(table).readTable("t.csv", "user,item,time\nu,a,2024-01-01\nu,b\nu,c,1,x\n"
                + "u,,2024-01-02\n,d,2024-01-02\nu,e,\nu,f,31/02/2024\nu,g,5\nu,h,0x1p3\nu,i,soon\n").data().skipped());
        List<String> english = skipped.stream().map(k -> k.where() + k.reason()).toList();
        for (String reason : List.of("empty line", "no items", "field(s)", "needs double quotes", "empty item",
                "empty sequence id", "empty time", "not a valid date", "but line", "hexadecimal", "neither")) {
            assertTrue(english.stream().anyMatch(e -> e.contains(reason)), reason + " in " + english);
        }
        assertSaidInSpanish(english);
        UiText.use(UiLanguage.SPANISH);
        assertTrue(english.stream().map(CoreSentences::of).allMatch(e -> e.startsWith("línea ")), english.toString());
    }

    @Test
    void whatARunWillUseForEverySplitAndRanking() {
        ModelConfig c = ModelConfig.builder().build();
        List<String> english = new ArrayList<>();
        english.addAll(PreparedData.prepare(MARGARINE, ItemLabels.none(), c, null).describe());
        english.addAll(PreparedData.prepare(MARGARINE, ItemLabels.none(), c.toBuilder().split(SplitMethod.NONE)
                .minSequenceLength(5).build(), null).describe());
        english.addAll(PreparedData.prepare(MARGARINE, ItemLabels.none(), c.toBuilder().split(SplitMethod.LEAVE_LAST_OUT)
                .minItemFrequency(50).seenItems(SeenItems.EXCLUDE).build(), null).describe());
        english.addAll(PreparedData.prepare(MARGARINE, ItemLabels.none(), c.toBuilder().seenItems(SeenItems.RANK).build(),
                ToyData.sequences()).describe());
        english.addAll(PreparedData.prepare(ToyData.sequences(), ItemLabels.none(), c.toBuilder()
                .seenItems(SeenItems.RANK).build(), null).describe());
        english.addAll(PreparedData.prepare(SequenceData.of("norepeats", List.of(List.of("1", "2", "3"),
                List.of("4", "5", "6"), List.of("7", "8"))), ItemLabels.none(), c.toBuilder().seenItems(SeenItems.RANK)
                .split(SplitMethod.NONE).build(), null).describe());
        TrainingPart part = TrainingPart.of(MARGARINE, c);
        for (int i = 0; i < MARGARINE.sequences().size(); i++) {
            if (part.use(i).note().startsWith("held out")) {
                english.add(part.use(i).note());
                break;
            }
        }
        for (String start : List.of("left out of training", "no split", "holdout by sequence", "leave-last-out",
                "trained on all", "too few", "vocabulary", "validation:", "test:", "ranking for every metric: items",
                "ranking for every metric: all", "hint: the training", "hint: ", "note: with", "held out")) {
            assertTrue(english.stream().anyMatch(e -> e.startsWith(start)), start + " in " + english);
        }
        assertSaidInSpanish(english);
    }

    @Test
    void whatARunWillCostAndWhyItMayNotStart() {
        PreparedData session = PreparedData.prepare(MARGARINE, ItemLabels.none(), ModelConfig.builder().build(), null);
        TrainingEstimate estimate = TrainingEstimate.of(session);
        List<String> english = new ArrayList<>();
        english.add(estimate.summary());
        english.add(estimate.withEpochSnapshots(Long.MAX_VALUE, Long.MAX_VALUE).summary());
        TrainingEstimate spilled = estimate.withEpochSnapshots(0, 0);
        english.add(spilled.summary());
        String source = MemoryLimits.current().source();
        english.addAll(spilled.check(new MemoryLimits(Long.MAX_VALUE, source, Long.MAX_VALUE, Long.MAX_VALUE)).warnings());
        english.addAll(estimate.check(new MemoryLimits(estimate.peakBytes(), source, 1, Long.MAX_VALUE)).warnings());
        for (ModelConfig c : List.of(ModelConfig.builder().build(), ModelConfig.builder().units(1024).embeddingDim(1024)
                .build(), ModelConfig.builder().batchSize(512).maxLength(200).build())) {
            TrainingEstimate e = TrainingEstimate.of(PreparedData.prepare(MARGARINE, ItemLabels.none(), c, null));
            english.add(e.check(new MemoryLimits(1, source, 1, Long.MAX_VALUE)).refusal());
            english.add(e.check(new MemoryLimits(Long.MAX_VALUE, "the physical memory", Long.MAX_VALUE, 1)).refusal());
        }
        List<int[]> longData = new ArrayList<>();
        for (int s = 0; s < 20_000; s++) {
            int[] items = new int[300];
            for (int i = 0; i < items.length; i++) {
                items[i] = 1 + (s + i) % 50;
            }
            longData.add(items);
        }
        ModelConfig slow = ModelConfig.builder().maxLength(300).units(512).build();
        english.addAll(TrainingEstimate.of(slow, 50, longData, List.of())
                .check(new MemoryLimits(Long.MAX_VALUE, source, Long.MAX_VALUE, Long.MAX_VALUE)).warnings());
        english.add(TrainingEstimate.of(ModelConfig.builder().build(), 500_000, List.of(new int[] {1, 2, 3}), List.of())
                .check(new MemoryLimits(1, source, 1, Long.MAX_VALUE)).refusal());
        for (String part : List.of("in a temporary file", "may not fit", "epoch will take", "of memory,",
                "of Java heap", "or raise", "batch-size (now")) {
            assertTrue(english.stream().anyMatch(e -> e.contains(part)), part + " in " + english);
        }
        assertSaidInSpanish(english);
        UiText.use(UiLanguage.SPANISH);
        String spanish = CoreSentences.of(estimate.check(new MemoryLimits(1, "the physical memory", 1, Long.MAX_VALUE))
                .refusal());
        assertTrue(spanish.startsWith("esta ejecución necesita unos "), spanish);
        assertTrue(spanish.contains("(la memoria física): reduzca ") && spanish.contains("(ahora ")
                && spanish.contains("(estimación: "), spanish);
    }

    @Test
    void howRunsPlanAndEnd() {
        List<String> english = new ArrayList<>();
        ModelConfig small = ModelConfig.builder().units(8).embeddingDim(4).epochs(2).build();
        for (ModelConfig c : List.of(small, small.toBuilder().patience(0).build(),
                small.toBuilder().patience(1).epochs(3).learningRate(0.5).build())) {
            run(MARGARINE, c, TrainingControl.create(), english);
        }
        run(ToyData.sequences(), small, TrainingControl.create(), english);
        run(MARGARINE, small, TrainingControl.stoppingWhen(() -> true), english);
        run(ToyData.sequences(), small.toBuilder().learningRate(1).epochs(4).build(), TrainingControl.create(), english);
        for (String start : List.of("no validation data", "early stopping", "the epoch with the best", "kept epoch",
                "kept the last epoch", "stopped before the first epoch")) {
            assertTrue(english.stream().anyMatch(e -> e.startsWith(start)), start + " in " + english);
        }
        assertSaidInSpanish(english);
    }

    private static void run(SequenceData data, ModelConfig config, TrainingControl control, List<String> english) {
        PreparedData session = PreparedData.prepare(data, ItemLabels.none(), config, null);
        List<TrainingPlan> plans = new ArrayList<>();
        TrainingOutcome outcome = new Trainer(session).train(new TrainingListener() {
            @Override
            public void onStart(TrainingPlan plan) {
                plans.add(plan);
            }

            @Override
            public void onEpochEnd(seqlab.model.EpochMetrics metrics) {
            }
        }, control);
        plans.forEach(p -> english.add(p.stoppingNote()));
        english.add(outcome.note());
        if (!outcome.warning().isEmpty()) {
            english.add(outcome.warning());
        }
    }

    @Test
    void errorMessagesSayTheCoresKnownSentencesInSpanish() {
        UiText.use(UiLanguage.SPANISH);
        assertEquals("No se pudo entrenar: la pérdida llegó a NaN en la época 3, minilote 7: reduzca la tasa de"
                + " aprendizaje (ahora 0.9)", ErrorMessages.of("No se pudo entrenar",
                new seqlab.model.TrainingException("the loss became NaN in epoch 3, minibatch 7: lower the learning rate"
                        + " (now 0.9)")));
    }

    @Test
    void theExportSummaryAndHowATablesTimesWereRead() {
        List<String> english = new ArrayList<>(List.of(new RecommendationSummary(1234, 1200, 5, 3, 2, false).describe(),
                new RecommendationSummary(10, 8, 0, 0, 2, true).describe()));
        ReadOptions options = new ReadOptions(ReadOptions.Format.TABLE, "user", "item", "time");
        for (List<String> times : List.of(List.of("13/01/2024", "02/01/2024"), List.of("01/13/2024", "02/01/2024"),
                List.of("02/01/2024", "01/02/2024"), List.of("02.01.2024", "03.01.2024"),
                List.of("2024-01-01 10:30", "2024-01-01 09:15"), List.of("2024-01-01", "2024-01-02"),
                List.of("1700000000", "1700000100"), List.of("3", "1.5"), List.of("2024-01-01", "13/01/2024"))) {
            english.add(new SequenceReader(options).readTable("t.csv", "user,item,time\nu,a," + times.get(0)
                    + "\nu,b," + times.get(1) + "\n").timeNote());
        }
        english.add(new SequenceReader(new ReadOptions(ReadOptions.Format.TABLE, "user", "item", null))
                .readTable("t.csv", "user,item\nu,a\nu,b\n").timeNote());
        assertTrue(english.stream().anyMatch(e -> e.contains(" and ")), english.toString());
        assertSaidInSpanish(english);
        UiText.use(UiLanguage.SPANISH);
        assertEquals("1.234 secuencia(s), 1.200 con recomendaciones; 5 artículo(s) desconocido(s) omitido(s) en 3"
                + " secuencia(s); 2 secuencia(s) sin ningún artículo conocido no recibieron ninguna",
                CoreSentences.of(english.get(0)));
    }

    @Test
    void countsTheCoreGroupsInTheDefaultLocaleAreRecognisedToo() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es"));
            String english = PreparedData.prepare(MARGARINE, ItemLabels.none(), ModelConfig.builder().split(SplitMethod.NONE)
                    .build(), null).describe().stream().filter(e -> e.startsWith("vocabulary")).findFirst().orElseThrow();
            UiText.use(UiLanguage.SPANISH);
            assertTrue(CoreSentences.of(english).startsWith("vocabulario: "), english);
            assertEquals("vocabulario: 12.345 artículos de la parte de entrenamiento",
                    CoreSentences.of("vocabulary: 12.345 items from the training part"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
