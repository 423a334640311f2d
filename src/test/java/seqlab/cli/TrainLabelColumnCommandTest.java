package seqlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainLabelColumnCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainReadsDayFirstDatesAndTakesLabelsFromALabelColumnOfTheSameTable() throws Exception {
        StringBuilder csv = new StringBuilder("customer_id,product_id,product_name,purchase_date,price\n");
        for (int c = 0; c < 30; c++) {
            for (int d = 0; d < 4; d++) {
                int product = (c + d) % 5;
                csv.append("c").append(c).append(',').append(product).append(",Product ").append(product).append(',')
                        .append(String.format("%02d/%02d/2024", 28 - d * 5, 1 + c % 12)).append(",1.50\n");
            }
        }
        Path data = Files.writeString(dir.resolve("purchases.csv"), csv);
        Path model = dir.resolve("m.zip");
        Run r = Run.of("train", "--data", data.toString(), "--model", model.toString(), "--epochs", "1",
                "--sequence-column", "customer_id", "--item-column", "product_id", "--time-column", "purchase_date",
                "--label-column", "product_name");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("label column 'product_name': 5 labels"), r.err());
        assertTrue(r.err().contains("30 sequences"), r.err());
        assertTrue(Files.exists(model));

        Run both = Run.of("train", "--data", data.toString(), "--model", model.toString(), "--labels", data.toString(),
                "--label-column", "product_name");
        assertEquals(CommandLine.USER_ERROR, both.exit(), both.toString());
        assertTrue(both.err().contains("--labels FILE or --label-column C, not both"), both.err());
    }
}
