package seqlab.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import seqlab.eval.BayesCeiling;
import seqlab.eval.MetricsReport;

/** Prints a {@link QualityResult} as a table or as one JSON object. */
final class QualityReport {

    /** The metrics reported, in order. */
    static final List<String> METRICS = List.of("hr@10", "mrr@10", "hr@1");

    private QualityReport() {
    }

    /** A block of the readable report: test and validation side by side, one row per scorer. */
    static void table(PrintStream out, QualityResult r) {
        out.println(r.name() + ": " + r.source());
        out.printf("%d epoch(s), %.1f s training (%.1f s in all); %s%n", r.epochs(), r.seconds(), r.wallSeconds(),
                r.splitNote());
        if (r.test().isEmpty() && r.validation().isEmpty()) {
            out.println("no held-out metrics: the split left no validation or test part");
            out.println();
            return;
        }
        String part = "%-" + (METRICS.size() * 9) + "s";
        out.println(String.format("%-11s " + part + "   " + part, "", heading("test", r.test()),
                heading("validation", r.validation())).stripTrailing());
        StringBuilder head = new StringBuilder(String.format("%-11s", "scorer"));
        for (int i = 0; i < 2; i++) {
            head.append(i == 0 ? " " : "   ");
            METRICS.forEach(m -> head.append(String.format("%9s", m)));
        }
        out.println(head);
        for (String scorer : scorers(r)) {
            StringBuilder row = new StringBuilder(String.format("%-11s", scorer));
            row.append(' ').append(cells(r.test().get(scorer)));
            row.append("   ").append(cells(r.validation().get(scorer)));
            out.println(row);
        }
        MetricsReport ceiling = r.test().get(BayesCeiling.NAME);
        if (ceiling != null && ceiling.evaluated() > 0) {
            double h = ceiling.hr(1);
            out.printf("bayes = expected values of ranking by the true probabilities; on %,d targets the realised"
                    + " hr@1 of that ranking lies within about +-%.4f of it (2 standard errors)%n", ceiling.evaluated(),
                    2 * Math.sqrt(h * (1 - h) / ceiling.evaluated()));
        }
        out.println();
    }

    /** The JSON object of one data set. */
    static Map<String, Object> json(QualityResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("data", r.name());
        m.put("source", r.source());
        m.put("split", r.splitNote());
        m.put("epochs", r.epochs());
        m.put("seconds", r.seconds());
        m.put("wall_seconds", r.wallSeconds());
        m.put("test_targets", targets(r.test()));
        m.put("validation_targets", targets(r.validation()));
        m.put("test", json(r.test()));
        m.put("validation", json(r.validation()));
        return m;
    }

    private static Map<String, Object> json(Map<String, MetricsReport> reports) {
        Map<String, Object> out = new LinkedHashMap<>();
        reports.forEach((scorer, report) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            METRICS.forEach(metric -> values.put(metric, Json.number(report.get(metric))));
            out.put(scorer, values);
        });
        return out;
    }

    private static int targets(Map<String, MetricsReport> reports) {
        return reports.values().stream().mapToInt(MetricsReport::evaluated).findFirst().orElse(0);
    }

    private static String heading(String part, Map<String, MetricsReport> reports) {
        return String.format("%s (%,d targets)", part, targets(reports));
    }

    private static List<String> scorers(QualityResult r) {
        List<String> names = new java.util.ArrayList<>(r.test().keySet());
        r.validation().keySet().stream().filter(s -> !names.contains(s)).forEach(names::add);
        return names;
    }

    private static String cells(MetricsReport report) {
        StringBuilder s = new StringBuilder();
        for (String metric : METRICS) {
            double v = report == null ? Double.NaN : report.get(metric);
            s.append(Double.isFinite(v) ? String.format("%9.4f", v) : String.format("%9s", "-"));
        }
        return s.toString();
    }
}
