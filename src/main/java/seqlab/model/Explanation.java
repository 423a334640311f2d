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
 * @param gaps      what the evidence leaves out (not stored in an old model, capped, beyond the stored
 *                  length); empty when the evidence is complete ({@link #notes()} says it in English)
 */
public record Explanation(List<Step> steps, List<String> unknown, int truncated, List<Gap> gaps) {

    /** Says that an old model lacks the counts after whole prefixes and pairs. */
    public static final String NOT_STORED = "what followed whole prefixes and pairs of items is not stored in this"
            + " model (saved before SeqLab kept it; retrain it to see it)";

    public Explanation {
        steps = List.copyOf(steps);
        unknown = List.copyOf(unknown);
        gaps = List.copyOf(gaps);
    }

    /** What the evidence leaves out, one English sentence each; empty when the evidence is complete. */
    public List<String> notes() {
        return gaps.stream().map(Gap::english).toList();
    }

    /**
     * Something the evidence leaves out.
     *
     * @param kind     what
     * @param limit    the stored depth (PREFIX_DEPTH) or the cap (PREFIX_CAPPED, PAIRS_CAPPED), otherwise 0
     * @param minCount below how many times a follower is left out (the capped kinds), otherwise 0
     */
    public record Gap(Kind kind, int limit, int minCount) {

        /** The ways evidence can be incomplete. */
        public enum Kind { NOT_STORED, PREFIX_DEPTH, PREFIX_CAPPED, NO_PAIRS, PAIRS_CAPPED }

        /** The sentence in English (as {@code explain} prints it). */
        public String english() {
            return switch (kind) {
                case NOT_STORED -> NOT_STORED;
                case PREFIX_DEPTH -> "what followed whole prefixes is stored up to " + limit + " items (the model's max"
                        + " length): none for the later steps";
                case PREFIX_CAPPED -> String.format(Locale.ROOT, "the counts are capped at %,d sequence beginnings:"
                        + " items that followed a whole prefix fewer than %d times are left out", limit, minCount);
                case NO_PAIRS -> "what followed pairs of items is not counted (too many items)";
                case PAIRS_CAPPED -> String.format(Locale.ROOT, "the counts are capped at %,d pair followers: items"
                        + " that followed a pair fewer than %d times are left out", limit, minCount);
            };
        }
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
        return of(model, prefixText, topK, null);
    }

    /**
     * {@link #of(TrainedModel, String, int)} that reuses the steps of {@code previous} the new prefix begins with
     * (a keystroke that adds an item computes one step, not all of them), with the same numbers as computing all.
     *
     * @param previous an explanation of the same model with the same {@code topK}, or null
     */
    public static Explanation of(TrainedModel model, String prefixText, int topK, Explanation previous) {
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
        int reused = previous == null || !model.readsOnePass(known.size()) ? 0 : shared(model, previous.steps(), classes);
        for (int i = 0; i < reused; i++) {
            steps.add(previous.steps().get(i));
        }
        List<TrainedModel.Reading> readings = model.readEach(known, topK, reused,
                reused == 0 ? null : previous.steps().get(reused - 1).state());
        for (int i = reused + 1; i <= known.size(); i++) {
            TrainedModel.Reading r = readings.get(i - 1 - reused);
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
        return new Explanation(steps, unknown, truncated, gaps(counts, known.size()));
    }

    /** How many of the first steps added the first of {@code classes}. */
    private static int shared(TrainedModel model, List<Step> steps, int[] classes) {
        int n = 0;
        while (n < steps.size() && n < classes.length && model.classOf(steps.get(n).item()) == classes[n]) {
            n++;
        }
        return n;
    }

    private static List<Gap> gaps(FollowerCounts counts, int steps) {
        List<Gap> gaps = new ArrayList<>();
        if (counts == null) {
            gaps.add(new Gap(Gap.Kind.NOT_STORED, 0, 0));
            return gaps;
        }
        if (steps > counts.depth()) {
            gaps.add(new Gap(Gap.Kind.PREFIX_DEPTH, counts.depth(), 0));
        }
        if (counts.prefixMinCount() > 1) {
            gaps.add(new Gap(Gap.Kind.PREFIX_CAPPED, FollowerCounts.MAX_NODES, counts.prefixMinCount()));
        }
        if (!counts.hasPairs()) {
            gaps.add(new Gap(Gap.Kind.NO_PAIRS, 0, 0));
        } else if (counts.pairMinCount() > 1) {
            gaps.add(new Gap(Gap.Kind.PAIRS_CAPPED, FollowerCounts.MAX_TRIPLES, counts.pairMinCount()));
        }
        return gaps;
    }

    /**
     * One sentence on the last step, in English: whether the model's top item is what followed the whole
     * prefix in training (it counts) or the prefix never occurred or its top item never followed it
     * (it generalises). Empty when nothing is explained. {@link #verdict()} gives the same as data.
     */
    public String reading() {
        return verdict().english();
    }

    /** What {@link #reading()} says, as data, for an interface to word in its own language. */
    public Verdict verdict() {
        if (isEmpty()) {
            return new Verdict(Verdict.Kind.NOTHING_EXPLAINED, "", 0, 0, "", 0, null);
        }
        Step s = last();
        if (s.prediction().items().isEmpty()) {
            return new Verdict(Verdict.Kind.NOTHING_RANKED, "", 0, 0, "", 0, null);
        }
        String top = s.prediction().items().get(0).item();
        Evidence e = s.evidence();
        if (e.prefix() == null) {
            boolean notStored = gaps.stream().anyMatch(g -> g.kind() == Gap.Kind.NOT_STORED);
            Verdict.Kind kind = e.beginning() < 0 && notStored ? Verdict.Kind.PREFIX_NOT_STORED
                    : Verdict.Kind.PREFIX_TOO_LONG_TO_STORE;
            return new Verdict(kind, top, 0, 0, "", 0, After.of(After.Basis.LAST_ITEM, e.last1(), top));
        }
        int n = Evidence.total(e.prefix());
        if (n == 0) {
            After from = e.last2() != null && !e.last2().isEmpty() ? After.of(After.Basis.LAST_TWO, e.last2(), top)
                    : !e.last1().isEmpty() ? After.of(After.Basis.LAST_ITEM, e.last1(), top)
                    : new After(After.Basis.NOTHING_AFTER_LAST_ITEM, null, 0);
            return new Verdict(Verdict.Kind.PREFIX_NEVER_WENT_ON, top, 0, 0, "", 0, from);
        }
        Map.Entry<String, Integer> most = e.prefix().entrySet().iterator().next();
        Integer k = e.prefix().get(top);
        Verdict.Kind kind = k == null ? Verdict.Kind.NEVER_TO_TOP
                : k.equals(most.getValue()) ? Verdict.Kind.AGREES : Verdict.Kind.NOT_ONLY_COUNTS;
        return new Verdict(kind, top, k == null ? 0 : k, n, most.getKey(), most.getValue(), null);
    }

    /**
     * The reading of the last step as data.
     *
     * @param kind      what the model's top item is against the counts
     * @param top       the model's top item (empty for the first two kinds)
     * @param count     how often it followed the whole prefix (AGREES, NOT_ONLY_COUNTS)
     * @param total     how often the whole prefix went on (NEVER_TO_TOP, AGREES, NOT_ONLY_COUNTS)
     * @param most      what most often followed the whole prefix (NEVER_TO_TOP, NOT_ONLY_COUNTS; also AGREES)
     * @param mostCount how often it did
     * @param after     what followed the prefix's end instead (PREFIX_NOT_STORED, PREFIX_TOO_LONG_TO_STORE,
     *                  PREFIX_NEVER_WENT_ON), otherwise null
     */
    public record Verdict(Kind kind, String top, int count, int total, String most, int mostCount, After after) {

        /** The cases of a reading. */
        public enum Kind {
            NOTHING_EXPLAINED, NOTHING_RANKED, PREFIX_NOT_STORED, PREFIX_TOO_LONG_TO_STORE, PREFIX_NEVER_WENT_ON,
            NEVER_TO_TOP, AGREES, NOT_ONLY_COUNTS
        }

        /** The sentence in English (as {@code explain} prints it). */
        public String english() {
            return switch (kind) {
                case NOTHING_EXPLAINED -> "";
                case NOTHING_RANKED -> "the model ranks no item here";
                case PREFIX_NOT_STORED -> "what followed the whole prefix is not stored in this model; after its last"
                        + " item, " + after.english(top);
                case PREFIX_TOO_LONG_TO_STORE -> "what followed the whole prefix is not stored for a prefix this long;"
                        + " after its last item, " + after.english(top);
                case PREFIX_NEVER_WENT_ON -> "the whole prefix never began a training sequence that went on: the model"
                        + " generalises (" + switch (after.basis()) {
                            case LAST_TWO -> "after its last two items, " + after.english(top);
                            case LAST_ITEM -> "after its last item, " + after.english(top);
                            case NOTHING_AFTER_LAST_ITEM -> "nothing ever followed its last item";
                        } + ")";
                case NEVER_TO_TOP -> "the whole prefix went on " + total + " times in training but never to " + top
                        + " (most often " + most + ", " + mostCount + "): the model generalises beyond the counts";
                case AGREES -> "the model's top item " + top + " is what most often followed the whole prefix in"
                        + " training (" + count + " of " + total + "): it agrees with the counts";
                case NOT_ONLY_COUNTS -> "the model ranks " + top + " first though " + most + " followed the whole"
                        + " prefix more often (" + mostCount + " vs " + count + " of " + total + "): it does not only count";
            };
        }
    }

    /**
     * What followed the end of the prefix, seen from the model's top item.
     *
     * @param basis what was looked at
     * @param count how often the top item followed it; null when it never did
     * @param total how often anything followed it (0: nothing did)
     */
    public record After(Basis basis, Integer count, int total) {

        /** Which end of the prefix. */
        public enum Basis { LAST_TWO, LAST_ITEM, NOTHING_AFTER_LAST_ITEM }

        static After of(Basis basis, Map<String, Integer> counts, String top) {
            return new After(basis, counts.get(top), Evidence.total(counts));
        }

        /** In English, after "after its last item, ". */
        String english(String top) {
            if (total == 0) {
                return "nothing followed in training";
            }
            return "the top item " + top + (count == null ? " never followed (" + total + " times something else did)"
                    : " followed " + count + " of " + total + " times");
        }
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
