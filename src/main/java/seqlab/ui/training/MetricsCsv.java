package seqlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import seqlab.model.EpochMetrics;

public final class MetricsCsv {

    private MetricsCsv() {
    }

    public static String of(List<EpochMetrics> history) {
        TreeSet<String> metrics = new TreeSet<>();
        history.forEach(m -> metrics.addAll(m.validation().keySet()));
        List<String> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("epoch", "train_loss", "train_accuracy", "validation_loss"));
        metrics.forEach(k -> header.add("validation_" + k));
        header.addAll(List.of("seconds", "targets_per_second", "targets"));
        rows.add(String.join(",", header));
        for (EpochMetrics m : history) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(m.epoch()), num(m.trainLoss()),
                    num(m.trainAccuracy()), num(m.validationLoss())));
            metrics.forEach(k -> cells.add(num(m.val(k))));
            cells.addAll(List.of(num(m.seconds()), num(m.targetsPerSecond()), Long.toString(m.targets())));
            rows.add(String.join(",", cells));
        }
        return String.join("\n", rows) + "\n";
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }
}
