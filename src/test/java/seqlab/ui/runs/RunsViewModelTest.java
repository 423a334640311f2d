package seqlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import seqlab.data.ItemLabels;
import seqlab.data.SequenceData;
import seqlab.model.ModelConfig;
import seqlab.model.Hyperparameter;
import seqlab.runs.RunOutcome;
import seqlab.runs.RunRecord;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.common.UiLanguage;
import seqlab.ui.common.UiText;

class RunsViewModelTest {

    private static final SequenceData TOY = SequenceData.of("toy", List.of(List.of("1", "2", "3"),
            List.of("4", "2", "5"), List.of("1", "2"), List.of("1", "2", "4", "5")));

    private RunsViewModel vm;
    private ModelConfig loaded;
    private final SimpleBooleanProperty training = new SimpleBooleanProperty(false);

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        vm = new RunsViewModel(Runners.sameThread());
        ModelConfig base = ModelConfig.builder().epochs(2).learningRate(0.02)
                .split(seqlab.eval.SplitMethod.LEAVE_LAST_OUT).build();
        vm.connect(() -> new RunInputs() {
            @Override
            public SequenceData data() {
                return TOY;
            }

            @Override
            public ItemLabels labels() {
                return ItemLabels.none();
            }

            @Override
            public ModelConfig settings() {
                return base;
            }
        }, c -> loaded = c, training);
    }

    @Test
    void aSweepRecordsEveryRunAndSelectionNamesWhatDiffers() {
        vm.sweeps().firstAxisProperty().set("embedding-dim=4,8");
        vm.sweeps().secondAxisProperty().set("units=4,8");
        vm.sweeps().queueSweep();
        assertEquals(4, vm.runs().size());
        assertFalse(vm.sweeps().runningProperty().get());
        assertEquals("queue done", vm.sweeps().progressTextProperty().get());
        assertTrue(vm.runs().stream().allMatch(r -> r.outcome() == RunOutcome.FINISHED));

        vm.select(List.of(vm.runs().get(0), vm.runs().get(3)));
        assertEquals(List.of(Hyperparameter.EMBEDDING_DIM, Hyperparameter.UNITS), vm.differingProperty().get());
        assertEquals("Differs: embedding dimension (4, 8); LSTM units (4, 8)", vm.differenceTextProperty().get());
        UiText.use(UiLanguage.SPANISH);
        try {
            assertEquals("Difieren: dimensión del embedding (4, 8); unidades de la LSTM (4, 8)",
                    RunComparison.difference(vm.selected()));
        } finally {
            UiText.use(UiLanguage.ENGLISH);
        }
        assertEquals(List.of("embedding-dim=4, units=4", "embedding-dim=8, units=8"),
                List.copyOf(vm.legendNames(vm.selected()).values()));

        RunRecord first = vm.runs().get(0);
        RunRecord elsewhere = new RunRecord("other", first.started(), first.group(), first.settings(),
                new seqlab.data.DataFingerprint("other.txt", 3, 9, "ff"), first.epochs(), first.validation(), first.test(),
                first.wallSeconds(), first.outcome(), first.message());
        vm.record(elsewhere, null);
        vm.select(List.of(first, elsewhere));
        assertTrue(vm.differenceTextProperty().get().startsWith("The selected runs have the same settings. They were"
                + " trained on different data: "), vm.differenceTextProperty().get());
        assertTrue(vm.differenceTextProperty().get().contains("other.txt (3 sequences)"));

        vm.filterProperty().set("units=8 finished");
        assertEquals(2, vm.filteredRuns().size());
        assertTrue(vm.filteredRuns().stream().allMatch(r -> r.settings().units() == 8));
    }

    @Test
    void theOutcomeColumnSpeaksTheInterfacesLanguage() {
        assertEquals("finished", RunsViewModel.outcomeText(RunOutcome.FINISHED));
        seqlab.ui.common.UiText.use(seqlab.ui.common.UiLanguage.SPANISH);
        try {
            assertEquals("terminada", RunsViewModel.outcomeText(RunOutcome.FINISHED));
            assertEquals("fallida", RunsViewModel.outcomeText(RunOutcome.FAILED));
        } finally {
            seqlab.ui.common.UiText.use(seqlab.ui.common.UiLanguage.ENGLISH);
        }
    }

    @Test
    void repeatedSeedsShowMeanAndStandardDeviation() {
        vm.sweeps().firstAxisProperty().set("");
        vm.sweeps().secondAxisProperty().set("");
        vm.sweeps().seedsProperty().set("3");
        assertTrue(vm.sweeps().canQueueBinding().get());
        vm.sweeps().queueSweep();
        assertEquals(List.of(42L, 43L, 44L), vm.runs().stream().map(r -> r.settings().seed()).toList());
        assertTrue(vm.statisticsTextProperty().get().startsWith("these settings over 3 seeds: test HR@10 "),
                vm.statisticsTextProperty().get());
        assertTrue(vm.statisticsTextProperty().get().contains(" ± "));
    }

    @Test
    void anInvalidSweepOrBusyTrainingCannotBeQueued() {
        vm.sweeps().firstAxisProperty().set("colour=1,2");
        assertFalse(vm.sweeps().canQueueBinding().get());
        assertTrue(vm.sweeps().sweepProblemBinding().get().startsWith("cannot vary 'colour'"));
        vm.sweeps().firstAxisProperty().set("units=4,8");
        assertEquals("the same setting is varied twice", vm.sweeps().sweepProblemBinding().get());
        vm.sweeps().secondAxisProperty().set("");
        assertTrue(vm.sweeps().canQueueBinding().get());
        training.set(true);
        assertFalse(vm.sweeps().canQueueBinding().get());
    }

    @Test
    void reRunUseSettingsKeepAndExport() throws Exception {
        vm.sweeps().firstAxisProperty().set("units=4,8");
        vm.sweeps().secondAxisProperty().set("");
        vm.sweeps().queueSweep();
        RunRecord first = vm.runs().get(0);
        vm.sweeps().rerun(first);
        assertEquals(3, vm.runs().size());
        assertEquals(first.settings(), vm.runs().get(2).settings());
        assertEquals("re-run of " + first.id(), vm.runs().get(2).group());
        assertEquals("", vm.messageProperty().get());
        RunRecord elsewhere = new RunRecord("x", first.started(), "", first.settings(),
                new seqlab.data.DataFingerprint("other.txt", 1, 2, "beef"), List.of(), java.util.Map.of(),
                java.util.Map.of(), 1, RunOutcome.FINISHED, "");
        vm.sweeps().rerun(elsewhere);
        assertEquals(4, vm.runs().size());
        assertTrue(vm.messageProperty().get().startsWith("Note: re-running on the open data (toy), not on the data"
                + " run x had (other.txt)"), vm.messageProperty().get());
        vm.useSettingsOf(vm.runs().get(1));
        assertEquals(8, loaded.units());
        vm.toggleKeep(List.of(first));
        assertEquals(List.of(first.id()), List.copyOf(vm.keptModels().keySet()));
        Path csv = dir.resolve("runs.csv");
        vm.exportRuns(csv);
        assertEquals(5, Files.readAllLines(csv).size());
        Path curves = dir.resolve("curves.csv");
        vm.select(List.of(first));
        vm.exportCurves(curves);
        assertEquals(1 + 2, Files.readAllLines(curves).size());
    }
}
