package seqlab.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import seqlab.data.JsonCodec;
import seqlab.eval.MetricsReport;
import seqlab.model.ScoredItem;

/** One-line JSON for scripts; NaN becomes null. */
final class Json {

    private static final ObjectMapper MAPPER = JsonCodec.mapper();

    private Json() {
    }

    static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How a metric block ranked: {@code "unseen"} (items already in the prefix left out) or {@code "all"}. */
    static String ranking(boolean excludesSeen) {
        return excludesSeen ? "unseen" : "all";
    }

    static Object number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static Map<String, Object> metrics(Map<String, Double> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, number(v)));
        return m;
    }

    /** Metrics of every scorer, keyed by scorer name, each with its counts. */
    static Map<String, Object> reports(Map<String, MetricsReport> reports) {
        Map<String, Object> m = new LinkedHashMap<>();
        reports.forEach((name, r) -> {
            Map<String, Object> one = metrics(r.values());
            one.put("targets", r.evaluated());
            if (Double.isFinite(r.loss())) {
                one.put("loss", r.loss());
            }
            m.put(name, one);
        });
        return m;
    }

    /** Ranked items as {@code [{"item", "label", "probability"}, ...]}, as predict and explain print them. */
    static List<Map<String, Object>> scoredItems(List<ScoredItem> items) {
        return items.stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("item", i.item());
            m.put("label", i.label());
            m.put("probability", i.probability());
            return m;
        }).toList();
    }
}
