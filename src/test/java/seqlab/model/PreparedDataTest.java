package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import seqlab.ToyData;
import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.eval.SplitMethod;

class PreparedDataTest {

    /** 2 of the 6 training targets repeat an earlier item of their sequence (the second 1 and the second 4). */
    private static final SequenceData REPEATING = SequenceData.of("repeating", List.of(
            List.of("1", "2", "1"), List.of("3", "4", "5", "4"), List.of("5", "3")));

    private static PreparedData prepare(SequenceData data, SeenItems seenItems, SplitMethod split) {
        return PreparedData.prepare(data, ItemLabels.none(),
                ModelConfig.builder().split(split).seenItems(seenItems).build(), null);
    }

    private static String rankingLine(PreparedData prepared) {
        return prepared.describe().stream().filter(l -> l.startsWith("ranking")).findFirst().orElseThrow();
    }

    private static boolean hasHint(PreparedData prepared) {
        return prepared.describe().stream().anyMatch(l -> l.startsWith("hint"));
    }

    @Test
    void repeatShareCountsTargetsThatRepeatAnEarlierItemOfTheirOwnSequence() {
        PreparedData s = prepare(REPEATING, SeenItems.AUTO, SplitMethod.NONE);
        assertEquals(2 / 6.0, s.repeatShare(), 1e-12);
        // the toy sequences never repeat an item (2 occurs in every sequence, but once in each)
        assertEquals(0.0, prepare(ToyData.sequences(), SeenItems.AUTO, SplitMethod.NONE).repeatShare());
    }

    @Test
    void repeatShareIsMeasuredOnTheTrainingPartOnly() {
        // leave-last-out trains on all but the last two items: 1 2 3 4 | 3 1 holds its repeats out
        SequenceData data = SequenceData.of("d", List.of(List.of("1", "2", "3", "4", "3", "1"),
                List.of("2", "3", "4", "2")));
        PreparedData s = prepare(data, SeenItems.AUTO, SplitMethod.LEAVE_LAST_OUT);
        assertEquals(List.of(List.of("1", "2", "3", "4"), List.of("2", "3")), s.split().train());
        assertEquals(0.0, s.repeatShare());
        assertTrue(s.excludesSeen());
        assertEquals(3 / 8.0, prepare(data, SeenItems.AUTO, SplitMethod.NONE).repeatShare(), 1e-12);
    }

    @Test
    void autoExcludesOnlyBelowTheThresholdAndTheConfigCarriesTheResolvedRule() {
        PreparedData never = prepare(ToyData.sequences(), SeenItems.AUTO, SplitMethod.NONE);
        assertTrue(never.excludesSeen());
        assertEquals(SeenItems.EXCLUDE, never.config().seenItems());
        assertEquals(SeenItems.AUTO, never.seenItems());
        assertEquals("ranking for every metric: items already in the prefix are excluded (auto: 0.0% of training"
                + " targets repeat an earlier item)", rankingLine(never));
        assertFalse(hasHint(never));

        PreparedData often = prepare(REPEATING, SeenItems.AUTO, SplitMethod.NONE);
        assertFalse(often.excludesSeen());
        assertEquals(SeenItems.RANK, often.config().seenItems());
        assertEquals("ranking for every metric: all items, also those already in the prefix (auto: 33.3% of"
                + " training targets repeat an earlier item)", rankingLine(often));
        assertFalse(hasHint(often));
    }

    @Test
    void explicitSettingsHoldWhateverTheShare() {
        assertTrue(prepare(REPEATING, SeenItems.EXCLUDE, SplitMethod.NONE).excludesSeen());
        assertFalse(prepare(ToyData.sequences(), SeenItems.RANK, SplitMethod.NONE).excludesSeen());
    }

    @Test
    void rankingAnItemThatNeverRepeatsGivesAHint() {
        PreparedData s = prepare(ToyData.sequences(), SeenItems.RANK, SplitMethod.NONE);
        List<String> lines = s.describe();
        int ranking = lines.indexOf(rankingLine(s));
        assertEquals("ranking for every metric: all items, also those already in the prefix (seen items: rank;"
                + " 0.0% of training targets repeat an earlier item)", lines.get(ranking));
        assertEquals("hint: the training sequences almost never repeat an item (0.0% of targets); --seen-items"
                + " exclude (or auto) ranks only unseen items", lines.get(ranking + 1));
        assertFalse(hasHint(prepare(REPEATING, SeenItems.RANK, SplitMethod.NONE)));
    }

    @Test
    void excludingWhereItemsOftenRepeatWarnsThatTheyAllCountAsMisses() {
        PreparedData s = prepare(REPEATING, SeenItems.EXCLUDE, SplitMethod.NONE);
        assertEquals("ranking for every metric: items already in the prefix are excluded (seen items: exclude;"
                + " 33.3% of training targets repeat an earlier item)", rankingLine(s));
        assertTrue(s.describe().contains("hint: 33.3% of training targets repeat an earlier item; excluded from"
                + " the ranking, each of them counts as a miss (--seen-items rank or auto ranks them)"), s.describe()::toString);
    }

    @Test
    void theDescriptionSaysWhichSequencesTrainingLeavesOut() {
        var data = new seqlab.data.SequenceReader().read("short.txt", "1 2 3\n4\n1 2\n");
        PreparedData prepared = PreparedData.prepare(data, ItemLabels.none(), ModelConfig.builder().build(), null);
        assertEquals("left out of training: 1 sequence(s) shorter than the minimum length 2 (--min-length)",
                prepared.describe().get(0));
    }
}
