package seqlab.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import seqlab.eval.MetricsReport;
import seqlab.model.EpochMetrics;
import seqlab.model.ScoredItem;

/** Readable tables for the terminal. */
final class Tables {

    private Tables() {
    }

    static String epochHeader() {
        return String.format("%5s %9s %9s %9s %8s %8s %8s %9s %8s %10s %s", "epoch", "loss", "accuracy", "val_loss",
                "hr@10", "mrr@10", "ndcg@10", "lr", "seconds", "targets/s", "best");
    }

    static String epochRow(EpochMetrics m) {
        return String.format(java.util.Locale.ROOT, "%5d %9.4f %9.4f %9s %8s %8s %8s %9.2e %8.2f %10.0f %s", m.epoch(),
                m.trainLoss(), m.trainAccuracy(), fmt(m.validationLoss()), fmt(m.val("hr@10")), fmt(m.val("mrr@10")),
                fmt(m.val("ndcg@10")), m.learningRate(), m.seconds(), m.targetsPerSecond(), m.improved() ? "*" : "");
    }

    /** Scorers side by side: one row per metric, one column per scorer. */
    static void metrics(PrintStream out, Map<String, MetricsReport> reports) {
        List<String> names = new ArrayList<>(reports.keySet());
        StringBuilder head = new StringBuilder(String.format("%-9s", "metric"));
        names.forEach(n -> head.append(String.format(" %11s", n)));
        out.println(head);
        MetricsReport first = reports.values().iterator().next();
        for (String metric : first.values().keySet()) {
            StringBuilder row = new StringBuilder(String.format("%-9s", metric));
            for (String n : names) {
                row.append(String.format(" %11.4f", reports.get(n).get(metric)));
            }
            out.println(row);
        }
        out.printf("targets ranked: %,d (left out: %,d with an item never seen in training, %,d with no known"
                + " prefix item)%n", first.evaluated(), first.unknownTargets(), first.emptyPrefixes());
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format("%.4f", v) : "-";
    }

    /** A ranking as predict prints it: rank, item, probability and the label when it differs from the item. */
    static void ranking(PrintStream out, String indent, List<ScoredItem> items) {
        out.printf("%s%4s  %-12s %11s  %s%n", indent, "rank", "item", "probability", "label");
        for (ScoredItem i : items) {
            out.printf("%s%4d  %-12s %10.2f%%  %s%n", indent, i.rank(), i.item(), 100 * i.probability(),
                    i.label().equals(i.item()) ? "" : i.label());
        }
    }
}
