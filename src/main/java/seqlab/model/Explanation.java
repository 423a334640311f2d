package seqlab.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import seqlab.eval.MarkovBaseline;

/**
 * How a model's prediction builds up over a prefix: after each known item of the prefix, the
 * top items the model predicts (exactly what {@link TrainedModel#predict(List, int)} gives for the
 * prefix up to that item, so the last step is {@code predict}'s answer for the whole prefix) and the
 * evidence of the training data: what followed that item ({@link MarkovBaseline}'s counts).
 *
 * @param steps     one per known item, oldest first; empty when no item of the prefix is known
 * @param unknown   the typed items the model does not know, skipped (as {@code predict} skips them)
 * @param truncated how many of the oldest items the last step left out (the prefix was longer than max length)
 */
public record Explanation(List<Step> steps, List<String> unknown, int truncated) {

    public Explanation {
        steps = List.copyOf(steps);
        unknown = List.copyOf(unknown);
    }

    /**
     * One step.
     *
     * @param item       the item just added (its token)
     * @param prediction the model's prediction for the prefix up to and including it
     * @param evidence   what followed in training
     */
    public record Step(String item, Prediction prediction, Evidence evidence) {
    }

    /**
     * Counts of the items that followed in the training sequences, item token -> count, most
     * frequent first (ties in vocabulary order). A null map is evidence the model does not store.
     *
     * @param prefix after the whole prefix so far; not stored in the model bundle yet, always null
     * @param last2  after its last two items; not stored in the model bundle yet, always null
     * @param last1  after its last item
     */
    public record Evidence(Map<String, Integer> prefix, Map<String, Integer> last2, Map<String, Integer> last1) {
    }

    /** Whether no item of the prefix is known (there is nothing to explain). */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The last step, which equals {@code predict} for the whole prefix. */
    public Step last() {
        return steps.get(steps.size() - 1);
    }

    /**
     * Explains {@code model}'s prediction for typed text (parsed as {@link TrainedModel#predict(String, int)} does).
     *
     * @param topK items per step (0 or less = all)
     */
    public static Explanation of(TrainedModel model, String prefixText, int topK) {
        List<String> typed = PrefixParser.parse(prefixText, t -> model.classOf(t) >= 0);
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String t : typed) {
            (model.classOf(t) >= 0 ? known : unknown).add(t);
        }
        List<Step> steps = new ArrayList<>(known.size());
        int truncated = 0;
        for (int i = 1; i <= known.size(); i++) {
            Prediction p = model.predict(known.subList(0, i), topK);
            int c = model.classOf(known.get(i - 1));
            String item = model.vocabulary().token(c + 1);
            steps.add(new Step(item, p, new Evidence(null, null, followers(model, c))));
            truncated = p.truncated();
        }
        return new Explanation(steps, unknown, truncated);
    }

    /** What followed class {@code c} in training, most often first. */
    static Map<String, Integer> followers(TrainedModel model, int c) {
        int[] successors = model.markov().successors()[c];
        int[] counts = model.markov().successorCounts()[c];
        List<Integer> order = new ArrayList<>(successors.length);
        for (int k = 0; k < successors.length; k++) {
            order.add(k);
        }
        order.sort(Comparator.<Integer>comparingInt(k -> -counts[k]).thenComparingInt(k -> successors[k]));
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int k : order) {
            m.put(model.vocabulary().token(successors[k] + 1), counts[k]);
        }
        return Collections.unmodifiableMap(m);
    }
}
