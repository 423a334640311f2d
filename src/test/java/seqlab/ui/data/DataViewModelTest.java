package seqlab.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataViewModelTest {

    private final DataViewModel vm = new DataViewModel();

    @Test
    void toySampleIsSummarised() {
        vm.loadSample(BundledSample.TOY);
        assertEquals(4, vm.summaryProperty().get().sequences());
        assertEquals(12, vm.summaryProperty().get().events());
        assertEquals(5, vm.summaryProperty().get().distinctItems());
        assertEquals("2  x4", vm.topItems().get(0));
        assertEquals(4, vm.histogram().stream().mapToInt(DataViewModel.LengthBar::sequences).sum());
        assertEquals(List.of("2", "3", "4"), vm.histogram().stream().map(DataViewModel.LengthBar::lengths).toList(),
                "from the shortest length, not from 1");
        assertEquals("sequence lengths 2 to 4 in 3 bucket(s)", vm.histogramNoteProperty().get());
        assertFalse(vm.dirtyProperty().get());
        assertEquals("toy.txt", vm.sourceNameProperty().get());
    }

    @Test
    void summaryListenersSeeTheNewHistogramAndTopItems() {
        List<Integer> histogramSeen = new java.util.ArrayList<>();
        List<String> topSeen = new java.util.ArrayList<>();
        vm.summaryProperty().addListener((obs, old, now) -> {
            histogramSeen.clear();
            vm.histogram().forEach(b -> histogramSeen.add(b.sequences()));
            topSeen.clear();
            topSeen.addAll(vm.topItems());
        });
        vm.loadSample(BundledSample.TOY);
        assertEquals(List.of(1, 2, 1), histogramSeen);
        assertEquals("2  x4", topSeen.get(0));
        // new data, then invalid text: the summary's listeners must not see the old histogram
        // (the Data pane drew it with the new bounds: "Duplicate category added; 1-0 already present")
        vm.newData();
        assertEquals(List.of(), histogramSeen);
        vm.textProperty().set("1 2\n3 4 5 6 7 8 9 10 11 12 13 14 15\n");
        vm.reparse();
        assertEquals(12, histogramSeen.size());
        vm.textProperty().set("");
        vm.reparse();
        assertEquals(List.of(), histogramSeen);
        assertEquals(List.of(), topSeen);
    }

    @Test
    void margarineSampleComesWithLabels() {
        vm.loadSample(BundledSample.MARGARINE);
        assertEquals("Parkay stick", vm.labelsProperty().get().display("1"));
        String top = vm.topItems().get(0);
        String id = top.substring(0, top.indexOf(' '));
        assertTrue(top.startsWith(id + "  " + vm.labelsProperty().get().display(id) + "  x"),
                "the most frequent item is shown with its label: " + top);
        assertTrue(!vm.labelsProperty().get().display(id).equals(id), "brand " + id + " has a name");
    }

    @Test
    void labelsRowsThatAreNotUsedAreListedWithTheDataLinesAndCountedInTheLabelsName(@TempDir Path dir)
            throws Exception {
        vm.loadSample(BundledSample.TOY);
        vm.textProperty().set("1 2 3\n\n4 5\n");
        vm.reparse();
        Path file = dir.resolve("names.csv");
        Files.writeString(file, "id,name\n1,Apple\n1,Banana\n2\n");
        vm.openLabels(file);
        assertEquals("names.csv (1 labels, 2 row(s) skipped: see Lines not used)", vm.labelsNameProperty().get());
        assertEquals(List.of("line 2: empty line",
                "names.csv line 3: id '1' is already labelled 'Apple' on line 2; the first label is kept, this row's"
                        + " 'Banana' is not used",
                "names.csv line 4: has 1 field(s); the label is column 2 ('name')"), vm.problems());
    }

    @Test
    void editsMarkTheDataDirtyAndInvalidLinesAreListedWithTheirReason() {
        vm.loadSample(BundledSample.TOY);
        vm.textProperty().set("1 2 3\n\n4 5\n, ,\n2 3\n");
        vm.reparse();
        assertTrue(vm.dirtyProperty().get());
        assertEquals(List.of("line 2: empty line", "line 4: no items (only separators)"), vm.problems());
        assertEquals(3, vm.summaryProperty().get().sequences());
    }

    @Test
    void textWithNoSequencesIsAnErrorNotACrash() {
        vm.textProperty().set(", ,\n");
        vm.reparse();
        assertNull(vm.dataProperty().get());
        assertTrue(vm.errorProperty().get().contains("no sequences"), vm.errorProperty().get());
    }

    @Test
    void aLatin1FileOpensWithItsAccentsAndTheSummarySaysHowItWasRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("brands.txt");
        Files.write(file, "Café Thé\nThé Café Crème\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        vm.open(file);
        assertEquals("", vm.errorProperty().get());
        assertEquals("Café Thé\nThé Café Crème\n", vm.textProperty().get());
        assertTrue(vm.summaryText().contains("read as Windows-1252 (Latin-1): the file is not valid UTF-8"),
                vm.summaryText());
        vm.textProperty().set("Café Thé\nThé Café\n");
        vm.reparse();
        assertTrue(vm.summaryText().contains("Windows-1252"), "still the file's encoding after an edit");
        vm.saveAs(file);
        assertEquals("Café Thé\nThé Café\n", Files.readString(file));
    }

    @Test
    void savingWritesTheTextAndClearsTheMark(@TempDir Path dir) throws Exception {
        vm.loadSample(BundledSample.TOY);
        vm.textProperty().set("7 8 9\n");
        Path file = dir.resolve("mine.txt");
        vm.saveAs(file);
        assertEquals("7 8 9\n", Files.readString(file));
        assertFalse(vm.dirtyProperty().get());
        assertEquals("mine.txt", vm.sourceNameProperty().get());
        vm.open(file);
        assertEquals(1, vm.summaryProperty().get().sequences());
    }

    @Test
    void aWholeMedianIsShownWithoutDecimals() {
        assertEquals("4", DataViewModel.median(4.0));
        assertEquals("4.5", DataViewModel.median(4.5));
        vm.loadSample(BundledSample.TOY);
        assertTrue(vm.summaryText().matches("(?s).*median \\d+ /.*"), vm.summaryText());
    }

    @Test
    void theSummaryTellsHowOftenSequencesRepeatAnItem() {
        vm.loadSample(BundledSample.TOY);
        assertTrue(vm.summaryText().endsWith("repeats: 0.0% of the items after a sequence's first repeat an earlier"
                + " item of that sequence; 0 of 4 sequences have a repeat"), vm.summaryText());
        vm.textProperty().set("1 2 1\n3 4\n");
        vm.reparse();
        assertTrue(vm.summaryText().endsWith("repeats: 33.3% of the items after a sequence's first repeat an earlier"
                + " item of that sequence; 1 of 2 sequences have a repeat"), vm.summaryText());
    }

    @Test
    void theSummarySaysWhatTrainingLeavesOutAndWhichItemLooksOdd() {
        vm.newData();
        vm.textProperty().set("1 2 3 4 5\n6 7 8 9 10\n1 x\n7\n");
        vm.reparse();
        assertTrue(vm.summaryText().startsWith("4 sequences"), vm.summaryText());
        assertTrue(vm.summaryText().contains("1 sequence(s) of a single item: training leaves them out"),
                vm.summaryText());
        assertTrue(vm.summaryText().contains("'x' (first in sequence 3) is the only non-numeric item"),
                vm.summaryText());
    }

    @Test
    void excludingSeenItemsIsSuggestedOnlyWhenItemsNeverRepeatAndAreRanked() {
        assertEquals("", vm.seenItemsSuggestionBinding().get());
        vm.loadSample(BundledSample.TOY);
        assertEquals("auto", vm.seenItemsSettingProperty().get());
        assertEquals("", vm.seenItemsSuggestionBinding().get(), "auto already excludes them here");
        vm.seenItemsSettingProperty().set("rank");
        assertEquals("These sequences almost never repeat an item (0.0% of items repeat an earlier one), but the"
                + " items already in a prefix are ranked too and take top-K places. Research protocols exclude them.",
                vm.seenItemsSuggestionBinding().get());
        for (String setting : List.of("auto", "exclude", "nonsense")) {
            vm.seenItemsSettingProperty().set(setting);
            assertEquals("", vm.seenItemsSuggestionBinding().get(), setting);
        }
        vm.seenItemsSettingProperty().set("rank");
        vm.excludeSeenItems();
        assertEquals("exclude", vm.seenItemsSettingProperty().get());
        assertEquals("", vm.seenItemsSuggestionBinding().get());
        // margarine buyers buy the same margarine again: ranking seen items is right there
        vm.seenItemsSettingProperty().set("rank");
        vm.loadSample(BundledSample.MARGARINE);
        assertEquals("", vm.seenItemsSuggestionBinding().get());
        // one repeat in 100 targets is the threshold: not below it
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append(i).append(' ');
        }
        vm.textProperty().set(text + "0\n");
        vm.reparse();
        assertEquals(0.01, vm.summaryProperty().get().repeats().share(), 1e-12);
        assertEquals("", vm.seenItemsSuggestionBinding().get());
        vm.textProperty().set(text + "100 0\n");
        vm.reparse();
        assertTrue(vm.seenItemsSuggestionBinding().get().startsWith("These sequences almost never repeat an item"
                + " (1.0% of items"), vm.seenItemsSuggestionBinding().get());
    }
}
