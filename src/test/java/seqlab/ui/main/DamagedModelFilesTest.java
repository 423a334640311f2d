package seqlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import seqlab.ui.concurrent.Runners;

/**
 * The corpus's damaged model and experiment files, opened in the workbench: a message naming the
 * file and the problem, never "unexpected error".
 */
class DamagedModelFilesTest {

    @Test
    void everyDamagedModelOfTheCorpusIsReportedWithItsProblem() throws IOException {
        List<Path> models;
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/bad-inputs"))) {
            models = dirs.filter(d -> d.getFileName().toString().startsWith("model-")).map(d -> d.resolve("m.zip"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(models.size() >= 10, "crafted models: " + models);
        for (Path model : models) {
            MainViewModel vm = new MainViewModel(Runners.sameThread());
            vm.openModel(model);
            String error = vm.errorProperty().get();
            assertTrue(error.startsWith("Cannot open the model m.zip: " + model + ": "), model + ": " + error);
            assertFalse(error.contains("unexpected error"), error);
            assertFalse(error.contains("Exception"), error);
        }
    }

    @Test
    void everyDamagedExperimentOfTheCorpusIsReportedWithItsProblem() throws IOException {
        List<Path> experiments;
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/bad-inputs"))) {
            experiments = dirs.filter(d -> d.getFileName().toString().startsWith("experiment-"))
                    .map(d -> d.resolve("e.seqlab")).filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(experiments.size() >= 5, "crafted experiments: " + experiments);
        int refused = 0;
        for (Path experiment : experiments) {
            MainViewModel vm = new MainViewModel(Runners.sameThread());
            vm.experiments().open(experiment);
            String error = vm.errorProperty().get();
            assertFalse(error.contains("unexpected error"), error);
            assertFalse(error.contains("Exception"), error);
            if (!error.isEmpty()) {
                assertTrue(error.startsWith("Cannot open the experiment e.seqlab: " + experiment + ": "),
                        experiment + ": " + error);
                refused++;
            }
        }
        // the one keeping no model is a good experiment file: only the command line needs a model from it
        assertTrue(refused >= experiments.size() - 1, refused + " of " + experiments.size() + " refused");
    }
}
