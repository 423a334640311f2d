package seqlab.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Evaluation cases built from held-out sequences: each a prefix of at most {@code maxLength} known
 * items (class indices) and the class of the next item. As in GRU4Rec's protocol, targets whose
 * item never occurred in training are left out and counted, and unknown items inside a prefix are
 * skipped. Cases are ordered by prefix length so that batches need little padding.
 *
 * <p>Each case also knows its whole history: every known item of its sequence before the target,
 * not only the last {@code maxLength} the prefix keeps, so that items already seen can be left out
 * of the ranking. The cases of one sequence share one array of its known items and differ in where
 * their history ends, so histories take memory linear in the data.
 *
 * @param prefixes           the prefixes (class indices, oldest first), each non-empty
 * @param targets            the target class of each prefix
 * @param histories          per case, the known classes of its sequence (shared by the cases of one
 *                           sequence); the case's history is the first {@code historyEnds[i]} of them
 * @param historyEnds        per case, how many items of {@code histories.get(i)} precede the target
 * @param unknownTargets     targets left out because their item never occurred in training
 * @param emptyPrefixes      targets left out because no item before them was known
 * @param unknownPrefixItems unknown items skipped inside prefixes
 */
public record EvalSet(List<int[]> prefixes, int[] targets, List<int[]> histories, int[] historyEnds,
                      int unknownTargets, int emptyPrefixes, long unknownPrefixItems) {

    public EvalSet {
        if (targets.length != prefixes.size() || histories.size() != prefixes.size()
                || historyEnds.length != prefixes.size()) {
            throw new IllegalArgumentException("one target, history and history end per prefix");
        }
    }

    /** Cases whose history is their prefix (nothing before it). */
    public EvalSet(List<int[]> prefixes, int[] targets, int unknownTargets, int emptyPrefixes,
                   long unknownPrefixItems) {
        this(prefixes, targets, prefixes, prefixes.stream().mapToInt(p -> p.length).toArray(), unknownTargets,
                emptyPrefixes, unknownPrefixItems);
    }

    /**
     * Builds cases.
     *
     * @param sequences  held-out sequences
     * @param classOf    the class of a token, or -1 when it cannot be a target or a prefix item
     * @param maxLength  prefixes keep their most recent {@code maxLength} known items
     */
    public static EvalSet of(List<HeldOutSequence> sequences, ToIntFunction<String> classOf, int maxLength) {
        record Case(int[] prefix, int target, int[] known, int end) {
        }
        List<Case> cases = new ArrayList<>();
        int unknownTargets = 0;
        int emptyPrefixes = 0;
        long unknownPrefixItems = 0;
        for (HeldOutSequence s : sequences) {
            int[] classes = s.items().stream().mapToInt(classOf).toArray();
            int[] known = Arrays.stream(classes).filter(c -> c >= 0).toArray();
            int knownBefore = 0;
            for (int i = 0; i < classes.length; i++) {
                if (i >= s.firstTarget()) {
                    if (classes[i] < 0) {
                        unknownTargets++;
                    } else if (knownBefore == 0) {
                        emptyPrefixes++;
                    } else {
                        int[] prefix = Arrays.copyOfRange(known, Math.max(0, knownBefore - maxLength), knownBefore);
                        cases.add(new Case(prefix, classes[i], known, knownBefore));
                    }
                }
                if (classes[i] >= 0) {
                    knownBefore++;
                } else if (i < classes.length - 1) {
                    unknownPrefixItems++;
                }
            }
        }
        cases.sort(Comparator.comparingInt(c -> c.prefix().length));
        return new EvalSet(cases.stream().map(Case::prefix).toList(), cases.stream().mapToInt(Case::target).toArray(),
                cases.stream().map(Case::known).toList(), cases.stream().mapToInt(Case::end).toArray(),
                unknownTargets, emptyPrefixes, unknownPrefixItems);
    }

    /** The history of case {@code i}: every known class of its sequence before its target, oldest first (a copy). */
    public int[] history(int i) {
        return Arrays.copyOf(histories.get(i), historyEnds[i]);
    }

    /** Number of cases. */
    public int size() {
        return targets.length;
    }

    /** Whether there is nothing to evaluate. */
    public boolean isEmpty() {
        return targets.length == 0;
    }

    /** The first {@code n} cases in a seeded random order (all when {@code n >= size()}), re-sorted by length. */
    public EvalSet sample(int n, long seed) {
        if (n >= size()) {
            return this;
        }
        Integer[] idx = new Integer[size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Collections.shuffle(Arrays.asList(idx), new java.util.Random(seed));
        Integer[] chosen = Arrays.copyOf(idx, n);
        Arrays.sort(chosen);
        List<int[]> p = new ArrayList<>(n);
        int[] t = new int[n];
        List<int[]> h = new ArrayList<>(n);
        int[] ends = new int[n];
        for (int k = 0; k < n; k++) {
            p.add(prefixes.get(chosen[k]));
            t[k] = targets[chosen[k]];
            h.add(histories.get(chosen[k]));
            ends[k] = historyEnds[chosen[k]];
        }
        return new EvalSet(p, t, h, ends, 0, 0, 0);
    }
}
