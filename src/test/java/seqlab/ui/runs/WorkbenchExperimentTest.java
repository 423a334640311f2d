package seqlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static seqlab.RunAssertions.assertSameRuns;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import seqlab.runs.RunRecord;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.data.BundledSample;
import seqlab.ui.main.MainViewModel;

class WorkbenchExperimentTest {

    @TempDir
    Path dir;

    private static MainViewModel sweptToy() {
        MainViewModel vm = new MainViewModel(Runners.sameThread());
        vm.openSample(BundledSample.TOY);
        vm.settings().textProperty(seqlab.model.Hyperparameter.EPOCHS).set("3");
        vm.settings().textProperty(seqlab.model.Hyperparameter.SPLIT).set("leave-last-out");
        vm.runs().sweeps().firstAxisProperty().set("embedding-dim=4,8");
        vm.runs().sweeps().secondAxisProperty().set("units=4,8");
        vm.runs().sweeps().queueSweep();
        assertEquals(4, vm.runs().runs().size());
        return vm;
    }

    @Test
    void savedAndOpenedAgainGivesTheSameDataSettingsRunsMetricsAndKeptModel() {
        MainViewModel first = sweptToy();
        RunRecord keep = first.runs().runs().get(2);
        first.runs().toggleKeep(List.of(keep));
        first.settings().textProperty(seqlab.model.Hyperparameter.UNITS).set("12");
        Path file = dir.resolve("toy.seqlab");
        first.experiments().save(file);
        assertEquals("", first.errorProperty().get());
        assertEquals(file, first.experiments().fileProperty().get());

        MainViewModel second = new MainViewModel(Runners.sameThread());
        second.experiments().open(file);
        assertEquals("", second.errorProperty().get());
        assertSameRuns(first.runs().runs(), second.runs().runs());
        assertEquals(first.settings().configProperty().get(), second.settings().configProperty().get());
        assertEquals(first.data().dataProperty().get().sequences(), second.data().dataProperty().get().sequences());
        assertEquals("toy.txt", second.data().sourceNameProperty().get());
        assertEquals(first.data().labelsProperty().get().labels(), second.data().labelsProperty().get().labels());
        assertEquals(List.of(keep.id()), List.copyOf(second.runs().keptModels().keySet()));
        assertNotNull(second.training().modelProperty().get());
        assertEquals(first.runs().model(keep).predict("1 2", 3).items(),
                second.training().modelProperty().get().predict("1 2", 3).items());
        assertTrue(second.statusProperty().get().startsWith("Opened the experiment toy.seqlab: 4 run(s), 1 kept"),
                second.statusProperty().get());
    }

    @Test
    void everyRecordedRunIsAutosavedSoACrashLosesAtMostTheRunInProgress() {
        MainViewModel vm = new MainViewModel(Runners.sameThread());
        Path autosave = dir.resolve("autosave.seqlab");
        vm.experiments().enableAutosave(dir);
        vm.openSample(BundledSample.TOY);
        vm.settings().textProperty(seqlab.model.Hyperparameter.EPOCHS).set("2");
        vm.runs().sweeps().firstAxisProperty().set("units=4,8");
        vm.runs().sweeps().secondAxisProperty().set("");
        vm.runs().sweeps().queueSweep();
        assertTrue(Files.exists(autosave));
        assertSameRuns(vm.runs().runs(), seqlab.runs.ExperimentFile.load(autosave).runs());

        vm.experiments().releaseAutosave();
        MainViewModel afterCrash = new MainViewModel(Runners.sameThread());
        afterCrash.experiments().enableAutosave(dir);
        assertTrue(Files.exists(dir.resolve("previous-autosave.seqlab")));
        afterCrash.experiments().openPreviousSession();
        assertEquals("", afterCrash.errorProperty().get());
        assertSameRuns(vm.runs().runs(), afterCrash.runs().runs());
        assertEquals(null, afterCrash.experiments().fileProperty().get());
    }

    @Test
    void twoOpenWindowsAutosaveToTwoFilesAndNeitherTakesTheOthersSession() throws Exception {
        MainViewModel first = new MainViewModel(Runners.sameThread());
        first.experiments().enableAutosave(dir);
        first.openSample(BundledSample.TOY);
        first.settings().textProperty(seqlab.model.Hyperparameter.EPOCHS).set("1");
        first.runs().sweeps().firstAxisProperty().set("units=4");
        first.runs().sweeps().secondAxisProperty().set("");
        first.runs().sweeps().queueSweep();
        byte[] firstSession = Files.readAllBytes(dir.resolve("autosave.seqlab"));

        MainViewModel second = new MainViewModel(Runners.sameThread());
        second.experiments().enableAutosave(dir);
        second.openSample(BundledSample.TOY);
        second.settings().textProperty(seqlab.model.Hyperparameter.EPOCHS).set("1");
        second.runs().sweeps().firstAxisProperty().set("units=4,8");
        second.runs().sweeps().secondAxisProperty().set("");
        second.runs().sweeps().queueSweep();

        assertArrayEquals(firstSession, Files.readAllBytes(dir.resolve("autosave.seqlab")));
        assertFalse(Files.exists(dir.resolve("previous-autosave.seqlab")));
        assertEquals(1, seqlab.runs.ExperimentFile.load(dir.resolve("autosave.seqlab")).runs().size());
        assertEquals(2, seqlab.runs.ExperimentFile.load(dir.resolve("autosave-2.seqlab")).runs().size());
        first.experiments().releaseAutosave();
        second.experiments().releaseAutosave();
    }

    @Test
    void anExperimentIsNotOverwrittenWithOtherDataLoadedAfterIt() throws Exception {
        MainViewModel first = sweptToy();
        Path file = dir.resolve("toy.seqlab");
        first.experiments().save(file);
        byte[] saved = Files.readAllBytes(file);

        MainViewModel vm = new MainViewModel(Runners.sameThread());
        vm.experiments().enableAutosave(dir.resolve("autosaves"));
        vm.experiments().open(file);
        assertEquals(file, vm.experiments().fileProperty().get());
        vm.openSample(BundledSample.MARGARINE);
        assertEquals(null, vm.experiments().fileProperty().get());
        assertTrue(vm.errorProperty().get().startsWith("Other data is loaded: the experiment toy.seqlab is left as it"
                + " was"), vm.errorProperty().get());
        vm.settings().textProperty(seqlab.model.Hyperparameter.EPOCHS).set("1");
        vm.runs().sweeps().firstAxisProperty().set("units=4");
        vm.runs().sweeps().secondAxisProperty().set("");
        vm.runs().sweeps().queueSweep();
        assertArrayEquals(saved, Files.readAllBytes(file));
        assertEquals(5, seqlab.runs.ExperimentFile.load(dir.resolve("autosaves/autosave.seqlab")).runs().size());
        vm.experiments().releaseAutosave();
    }

    @Test
    void aRunsModelCanBeMadeTheOneThatPredicts() {
        MainViewModel vm = sweptToy();
        RunRecord second = vm.runs().runs().get(1);
        vm.runs().select(List.of(second));
        vm.runs().useSelectedModel();
        assertEquals(vm.runs().model(second), vm.training().modelProperty().get());
        assertTrue(vm.prediction().modelTextProperty().get().startsWith("Model: run 2, trained "),
                vm.prediction().modelTextProperty().get());
    }

    @Test
    void aDamagedExperimentIsReportedNotThrown() throws Exception {
        MainViewModel vm = new MainViewModel(Runners.sameThread());
        Path bad = dir.resolve("bad.seqlab");
        Files.writeString(bad, "{\"format\":\"seqlab-experiment\"");
        vm.experiments().open(bad);
        assertTrue(vm.errorProperty().get().startsWith("Cannot open the experiment bad.seqlab: "),
                vm.errorProperty().get());
        assertTrue(vm.runs().runs().isEmpty());
    }
}
