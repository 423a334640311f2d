package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.data.SequenceReader;

class TrainingEstimateTest {

    private static final long GB = 1L << 30;
    private static final MemoryLimits LAPTOP = new MemoryLimits(8 * GB, "test limit", 8 * GB, 2 * GB);

    /** {@code count} sequences of {@code length} random item ids in 1..items. */
    private static List<int[]> sequences(int count, int length, int items) {
        Random random = new Random(1);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int[] s = new int[length];
            for (int j = 0; j < length; j++) {
                s[j] = 1 + random.nextInt(items);
            }
            out.add(s);
        }
        return out;
    }

    private static TrainingEstimate estimate(ModelConfig config, int items, List<int[]> train) {
        return TrainingEstimate.of(config, items, train, List.of());
    }

    @Test
    void parameterCountIsTheNetworksOwn() {
        ModelConfig config = ModelConfig.builder().embeddingDim(8).units(12).build();
        assertEquals(NetworkFactory.create(config, 30).numParams(), estimate(config, 30, sequences(4, 10, 30)).parameters());
    }

    @Test
    void keptEpochModelsCountInMemoryUpToTheBudgetAndTheRestOnDisk() {
        ModelConfig config = ModelConfig.builder().embeddingDim(8).units(12).epochs(10).build();
        TrainingEstimate plain = estimate(config, 30, sequences(4, 10, 30));
        long perEpoch = 4 * plain.parameters();
        TrainingEstimate kept = plain.withEpochSnapshots(3 * perEpoch, Long.MAX_VALUE);
        assertEquals(3 * perEpoch, kept.snapshotMemoryBytes());
        assertEquals(7 * perEpoch, kept.snapshotDiskBytes());
        assertEquals(plain.peakBytes() + 2 * 3 * perEpoch, kept.peakBytes(), "a native and a Java copy of each");
        assertEquals(plain.heapBytes() + 3 * perEpoch, kept.heapBytes());
        assertTrue(kept.summary().contains("kept for looking back"), kept.summary());
        assertEquals(perEpoch, plain.withEpochSnapshots(0, Long.MAX_VALUE).snapshotMemoryBytes(), "the first always");
        assertEquals(10 * perEpoch, plain.withEpochSnapshots(Long.MAX_VALUE, 0).snapshotMemoryBytes());
        assertTrue(kept.check(new MemoryLimits(64L << 30, "test", 64L << 30, 32L << 30)).warnings().isEmpty());
        List<String> warnings = plain.withEpochSnapshots(3 * perEpoch, perEpoch)
                .check(new MemoryLimits(64L << 30, "test", 64L << 30, 32L << 30)).warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("more than the"), warnings.get(0));
    }

    @Test
    void memoryAndTimeGrowWithUnits() {
        List<int[]> train = sequences(64, 101, 50);
        ModelConfig small = ModelConfig.builder().maxLength(100).units(64).build();
        ModelConfig large = small.toBuilder().units(512).build();
        TrainingEstimate a = estimate(small, 50, train);
        TrainingEstimate b = estimate(large, 50, train);
        assertTrue(b.parameters() > 8 * a.parameters(), "the LSTM's weights grow with units squared");
        // training activations are linear in units: 8x the units, well over 4x the working memory
        assertTrue(b.workingBytes() > 4 * a.workingBytes(), a.workingBytes() + " -> " + b.workingBytes());
        assertTrue(b.secondsPerEpoch() > a.secondsPerEpoch());
    }

    @Test
    void memoryGrowsWithMaxLengthWhenSequencesAreLongerThanIt() {
        List<int[]> train = sequences(64, 401, 50);
        ModelConfig config = ModelConfig.builder().units(128).build();
        TrainingEstimate len20 = estimate(config.toBuilder().maxLength(20).build(), 50, train);
        TrainingEstimate len400 = estimate(config.toBuilder().maxLength(400).build(), 50, train);
        assertTrue(len400.workingBytes() > 10 * len20.workingBytes(), len20.workingBytes() + " -> " + len400.workingBytes());
        // short sequences: windows are only as long as the longest in a minibatch, so max length 400 costs as much as 20
        List<int[]> shortOnes = sequences(64, 11, 50);
        assertEquals(estimate(config.toBuilder().maxLength(20).build(), 50, shortOnes).workingBytes(),
                estimate(config.toBuilder().maxLength(400).build(), 50, shortOnes).workingBytes());
        // the notebook's prefixes are always padded to max length
        ModelConfig prefixes = config.toBuilder().formulation(Formulation.PREFIXES).build();
        assertTrue(estimate(prefixes.toBuilder().maxLength(400).build(), 50, shortOnes).workingBytes()
                > 10 * estimate(prefixes.toBuilder().maxLength(20).build(), 50, shortOnes).workingBytes());
    }

    @Test
    void memoryGrowsWithTheVocabulary() {
        List<int[]> train = sequences(64, 51, 50);
        ModelConfig config = ModelConfig.builder().units(100).build(); // few items: the LSTM's weights must not dominate
        TrainingEstimate few = estimate(config, 50, train);
        TrainingEstimate many = estimate(config, 50_000, train);
        assertTrue(many.parameters() > 50 * few.parameters());
        // the softmax over every step of a minibatch: [32 x 20 rows, 50,000 items] floats at least once
        assertTrue(many.workingBytes() - few.workingBytes() > 4L * 32 * 20 * 50_000);
    }

    @Test
    void refusesWhenTheLimitIsBelowTheEstimateAndNamesWhatToLower() {
        TrainingEstimate e = estimate(ModelConfig.builder().maxLength(200).units(256).batchSize(256).build(), 50,
                sequences(300, 201, 50));
        MemoryLimits tight = new MemoryLimits(e.peakBytes() / 4, "test limit", 8 * GB, 8 * GB);
        TrainingEstimate.Verdict refused = e.check(tight);
        assertFalse(refused.fits());
        assertTrue(refused.refusal().contains("test limit"), refused.refusal());
        assertTrue(refused.refusal().contains("batch-size (now 256)"), refused.refusal());
        assertTrue(refused.refusal().contains(e.summary()), refused.refusal());
        // a limit just below the estimate may still fit (the estimate can be high): a warning, not a refusal
        TrainingEstimate.Verdict close = e.check(new MemoryLimits((long) (e.peakBytes() * 0.9), "test limit",
                8 * GB, 8 * GB));
        assertTrue(close.fits());
        assertTrue(close.warnings().stream().anyMatch(w -> w.contains("may not fit")), close.warnings().toString());
        assertTrue(e.check(new MemoryLimits(100 * GB, "test limit", 100 * GB, 8 * GB)).fits());
    }

    @Test
    void warnsWhenAnEpochTakesLong() {
        TrainingEstimate e = estimate(ModelConfig.builder().maxLength(1000).units(1024).embeddingDim(1024).build(),
                1000, sequences(64, 1001, 1000));
        assertTrue(e.secondsPerEpoch() > TrainingEstimate.LONG_EPOCH_SECONDS, e.summary());
        TrainingEstimate.Verdict v = e.check(new MemoryLimits(1000 * GB, "test limit", 1000 * GB, 8 * GB));
        assertTrue(v.fits());
        assertTrue(v.warnings().stream().anyMatch(w -> w.contains("an epoch will take about")), v.warnings().toString());
    }

    @Test
    void defaultsOnTheSampleDataNeedNoWarning() {
        for (String file : List.of("sample-data/margarine/sequences.txt", "sample-data/movielens-small/ratings.csv",
                "sample-data/toy.txt")) {
            SequenceData data = new SequenceReader().read(Path.of(file));
            PreparedData prepared = PreparedData.prepare(data, ItemLabels.none(), ModelConfig.defaults(), null);
            TrainingEstimate e = TrainingEstimate.of(prepared);
            TrainingEstimate.Verdict v = e.check(LAPTOP);
            assertTrue(v.fits(), file + ": " + v.refusal());
            assertEquals(List.of(), v.warnings(), file);
            assertTrue(e.peakBytes() < 2 * GB, file + ": " + e.summary());
            assertTrue(e.summary().startsWith("estimate: "), e.summary());
        }
    }

    @Test
    void minibatchLayoutIsTheOneTrainingUses() {
        List<int[]> train = new ArrayList<>(sequences(20, 7, 9));
        train.addAll(sequences(5, 40, 9));
        ModelConfig config = ModelConfig.builder().maxLength(16).batchSize(8).build();
        Minibatches batches = new Minibatches(train, config);
        batches.shuffle(new Random(3));
        for (int b = 0; b < batches.batches(); b++) {
            var features = batches.batch(b).data().getFeatures();
            assertEquals(features.size(0), batches.rows(b));
            assertEquals(features.size(1), batches.steps(b));
        }
    }
}
