package seqlab.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import seqlab.eval.FollowerCounts;

/**
 * How a model's prediction builds up over a prefix: after each known item of the prefix, the
 * top items the model predicts (exactly what {@link TrainedModel#predict(List, int)} gives for the
 * prefix up to that item, computed by the same code, so the last step is {@code predict}'s answer
 * for the whole prefix), the LSTM state that prediction read, and the evidence of the training
 * data: what followed the whole prefix so far when a training sequence began with it, what
 * followed its last two items and what followed its last item.
 *
 * @param steps     one per known item, oldest first; empty when no item of the prefix is known
 * @param unknown   the typed items the model does not know, skipped (as {@code predict} skips them)
 * @param truncated how many of the oldest items the last step left out (the prefix was longer than max length)
 * @param notes     what the evidence leaves out (not stored in an old model, capped, beyond the stored
 *                  length), one sentence each; empty when the evidence is complete
 */
public record Explanation(List<Step> steps, List<String> unknown, int truncated, List<String> notes) {

    /** Says that an old model lacks the counts after whole prefixes and pairs. */
    public static final String NOT_STORED = "what followed whole prefixes and pairs of items is not stored in this"
            + " model (saved before SeqLab kept it; retrain it to see it)";

    public Explanation {
        steps = List.copyOf(steps);
        unknown = List.copyOf(unknown);
        notes = List.copyOf(notes);
    }

    /**
     * One step.
     *
     * @param item       the item just added (its token)
     * @param prediction the model's prediction for the prefix up to and including it
     * @param evidence   what followed in training
     * @param state      the LSTM state the prediction read: after the input row the model reads for
     *                   this prefix (with the model's padding), so it belongs to this step's prediction
     * @param ranks      every item's rank and probability at this step, also of items beyond the top K
     */
    public record Step(String item, Prediction prediction, Evidence evidence, LstmState state, ItemRanks ranks) {
    }

    /**
     * Counts of the items that followed in the training sequences, item token -> count, most
     * frequent first (ties in vocabulary order). A null map is evidence this model or step does
     * not have (see {@link Explanation#notes()}).
     *
     * @param prefix    after the whole prefix so far, when a training sequence began with it (empty:
     *                  none did, or those that did ended there); null when not stored or longer than stored
     * @param last2     after its last two items anywhere in a training sequence; null at the first
     *                  step (one item) or when not stored
     * @param last1     after its last item anywhere in a training sequence
     * @param beginning how many training sequences begin with the whole prefix so far (also those
     *                  that end there); -1 when not known
     */
    public record Evidence(Map<String, Integer> prefix, Map<String, Integer> last2, Map<String, Integer> last1,
                           int beginning) {

        /** The total of a map's counts (0 for null). */
        public static int total(Map<String, Integer> counts) {
            return counts == null ? 0 : counts.values().stream().mapToInt(Integer::intValue).sum();
        }
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
        int[] classes = known.stream().mapToInt(model::classOf).toArray();
        FollowerCounts counts = model.followers();
        List<Step> steps = new ArrayList<>(known.size());
        int truncated = 0;
        List<TrainedModel.Reading> readings = model.readEach(known, topK);
        for (int i = 1; i <= known.size(); i++) {
            TrainedModel.Reading r = readings.get(i - 1);
            int c = classes[i - 1];
            String item = model.vocabulary().token(c + 1);
            int[] prefix = java.util.Arrays.copyOf(classes, i);
            Evidence evidence = new Evidence(
                    counts == null ? null : ordered(model, counts.afterBeginning(prefix)),
                    counts == null || i < 2 ? null : ordered(model, counts.afterPair(classes[i - 2], c)),
                    followers(model, c), counts == null ? -1 : counts.beginnings(prefix));
            steps.add(new Step(item, r.prediction(), evidence, r.state(), r.ranks()));
            truncated = r.prediction().truncated();
        }
        return new Explanation(steps, unknown, truncated, notes(counts, known.size()));
    }

    private static List<String> notes(FollowerCounts counts, int steps) {
        List<String> notes = new ArrayList<>();
        if (counts == null) {
            notes.add(NOT_STORED);
            return notes;
        }
        if (steps > counts.depth()) {
            notes.add("what followed whole prefixes is stored up to " + counts.depth() + " items (the model's max"
                    + " length): none for the later steps");
        }
        if (counts.prefixMinCount() > 1) {
            notes.add(String.format(Locale.ROOT, "the counts are capped at %,d sequence beginnings: items that"
                    + " followed a whole prefix fewer than %d times are left out", FollowerCounts.MAX_NODES,
                    counts.prefixMinCount()));
        }
        if (!counts.hasPairs()) {
            notes.add("what followed pairs of items is not counted (too many items)");
        } else if (counts.pairMinCount() > 1) {
            notes.add(String.format(Locale.ROOT, "the counts are capped at %,d pair followers: items that followed"
                    + " a pair fewer than %d times are left out", FollowerCounts.MAX_TRIPLES, counts.pairMinCount()));
        }
        return notes;
    }

    /**
     * One sentence on the last step: whether the model's top item is what followed the whole
     * prefix in training (it counts) or the prefix never occurred or its top item never followed it
     * (it generalises). Empty when nothing is explained.
     */
    public String reading() {
        if (isEmpty()) {
            return "";
        }
        Step s = last();
        if (s.prediction().items().isEmpty()) {
            return "the model ranks no item here";
        }
        String top = s.prediction().items().get(0).item();
        Evidence e = s.evidence();
        if (e.prefix() == null) {
            String why = e.beginning() < 0 && notes.contains(NOT_STORED) ? "is not stored in this model"
                    : "is not stored for a prefix this long";
            return "what followed the whole prefix " + why + "; after its last item, " + after(e.last1(), top);
        }
        int n = Evidence.total(e.prefix());
        if (n == 0) {
            String from = e.last2() != null && !e.last2().isEmpty() ? "after its last two items, " + after(e.last2(), top)
                    : !e.last1().isEmpty() ? "after its last item, " + after(e.last1(), top)
                    : "nothing ever followed its last item";
            return "the whole prefix never began a training sequence that went on: the model generalises ("
                    + from + ")";
        }
        Map.Entry<String, Integer> most = e.prefix().entrySet().iterator().next();
        Integer k = e.prefix().get(top);
        if (k == null) {
            return "the whole prefix went on " + n + " times in training but never to " + top + " (most often "
                    + most.getKey() + ", " + most.getValue() + "): the model generalises beyond the counts";
        }
        if (k.equals(most.getValue())) {
            return "the model's top item " + top + " is what most often followed the whole prefix in training (" + k
                    + " of " + n + "): it agrees with the counts";
        }
        return "the model ranks " + top + " first though " + most.getKey() + " followed the whole prefix more often ("
                + most.getValue() + " vs " + k + " of " + n + "): it does not only count";
    }

    private static String after(Map<String, Integer> counts, String top) {
        int n = Evidence.total(counts);
        if (n == 0) {
            return "nothing followed in training";
        }
        Integer k = counts.get(top);
        return "the top item " + top + (k == null ? " never followed (" + n + " times something else did)"
                : " followed " + k + " of " + n + " times");
    }

    /** What followed class {@code c} in training, most often first. */
    static Map<String, Integer> followers(TrainedModel model, int c) {
        int[] successors = model.markov().successors()[c];
        int[] counts = model.markov().successorCounts()[c];
        Map<Integer, Integer> m = new LinkedHashMap<>();
        for (int k = 0; k < successors.length; k++) {
            m.put(successors[k], counts[k]);
        }
        return ordered(model, m);
    }

    /** Class counts as token counts, most often first, ties by class; null stays null. */
    private static Map<String, Integer> ordered(TrainedModel model, Map<Integer, Integer> byClass) {
        if (byClass == null) {
            return null;
        }
        List<Map.Entry<Integer, Integer>> order = new ArrayList<>(byClass.entrySet());
        order.sort(Comparator.<Map.Entry<Integer, Integer>>comparingInt(x -> -x.getValue())
                .thenComparingInt(Map.Entry::getKey));
        Map<String, Integer> m = new LinkedHashMap<>();
        for (var x : order) {
            m.put(model.vocabulary().token(x.getKey() + 1), x.getValue());
        }
        return Collections.unmodifiableMap(m);
    }
}
