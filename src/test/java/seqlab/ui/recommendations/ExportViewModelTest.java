package seqlab.ui.recommendations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import seqlab.cli.CommandLine;
import seqlab.model.RecommendationSummary;
import seqlab.model.Recommender;
import seqlab.ui.concurrent.Runners;
import seqlab.ui.main.MainViewModel;

class ExportViewModelTest {

    @TempDir
    static Path dir;
    private static Path table;
    private static Path model;

    private static int cli(String... args) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return CommandLine.run(args, quiet, quiet);
    }

    @BeforeAll
    static void trainOnATable() throws Exception {
        table = dir.resolve("purchases.csv");
        StringBuilder rows = new StringBuilder("customer_id,product_id,purchase_date\n");
        for (int c = 0; c < 40; c++) {
            for (int k = 0; k < 3 + c % 4; k++) {
                rows.append(c == 5 ? "\"Müller, A.\"" : "c" + c).append(',').append(1 + (c * 7 + k * 3) % 12)
                        .append(",2024-01-0").append(1 + k).append('\n');
            }
        }
        Files.writeString(table, rows);
        model = dir.resolve("m.zip");
        assertEquals(CommandLine.OK, cli("train", "--data", table.toString(), "--model", model.toString(),
                "--epochs", "2"));
    }

    @Test
    void fileExportRecommendationsWritesTheSameFileAsTheCommandLine() throws Exception {
        MainViewModel vm = new MainViewModel(Runners.sameThread());
        assertFalse(vm.canExportRecommendationsBinding().get());
        vm.openData(table);
        vm.openModel(model);
        assertEquals("", vm.errorProperty().get());
        assertTrue(vm.canExportRecommendationsBinding().get());
        Path fromWindow = dir.resolve("window/recommendations.csv");
        vm.exportRecommendations(fromWindow);
        assertEquals("", vm.errorProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Exported recommendations to " + fromWindow + ": 40 sequence(s),"
                + " 40 with recommendations"), vm.statusProperty().get());
        assertFalse(vm.recommendations().runningProperty().get());
        Path fromCli = dir.resolve("cli.csv");
        assertEquals(CommandLine.OK, cli("recommend", "--model", model.toString(), "--data", table.toString(),
                "--out", fromCli.toString()));
        assertArrayEquals(Files.readAllBytes(fromCli), Files.readAllBytes(fromWindow));
        assertTrue(Files.readString(fromWindow).contains("\n\"Müller, A.\",1,"));
    }

    @Test
    void theOpenDataFileIsNotOverwritten() throws Exception {
        Path copy = dir.resolve("copy.csv");
        Files.copy(table, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        MainViewModel vm = new MainViewModel(Runners.sameThread());
        vm.openData(copy);
        vm.openModel(model);
        vm.exportRecommendations(copy);
        assertTrue(vm.errorProperty().get().startsWith("Cannot export the recommendations: ")
                && vm.errorProperty().get().contains("is also an input file"), vm.errorProperty().get());
        assertArrayEquals(Files.readAllBytes(table), Files.readAllBytes(copy));
    }

    @Test
    void stoppingWritesNoFileAndSaysSo() throws Exception {
        MainViewModel vm = new MainViewModel(Runners.sameThread());
        vm.openData(table);
        vm.openModel(model);
        Path out = dir.resolve("stopped.csv");
        RecommendationSummary[] result = new RecommendationSummary[1];
        ExportTask task = new ExportTask(new Recommender(vm.training().modelProperty().get(), 10, true),
                vm.data().dataProperty().get(), out, new ExportTask.Events() {
                    @Override
                    public void progress(int done, int total) {
                    }

                    @Override
                    public void finished(RecommendationSummary summary) {
                        result[0] = summary;
                    }

                    @Override
                    public void failed(Throwable error) {
                        throw new AssertionError(error);
                    }
                }, Runnable::run);
        task.requestStop();
        task.run();
        assertTrue(result[0].stopped());
        assertFalse(Files.exists(out));
    }
}
