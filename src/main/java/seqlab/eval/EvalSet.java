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
 * @param prefixes             the prefixes (class indices, oldest first), each non-empty
 * @param targets              the target class of each prefix
 * @param unknownTargets       targets left out because their item never occurred in training
 * @param emptyPrefixes        targets left out because no item before them was known
 * @param unknownPrefixItems   unknown items skipped inside prefixes
 */
public record EvalSet(List<int[]> prefixes, int[] targets, int unknownTargets, int emptyPrefixes,
                      long unknownPrefixItems) {

    /**
     * Builds cases.
     *
     * @param sequences  held-out sequences
     * @param classOf    the class of a token, or -1 when it cannot be a target or a prefix item
     * @param maxLength  prefixes keep their most recent {@code maxLength} known items
     */
    public static EvalSet of(List<HeldOutSequence> sequences, ToIntFunction<String> classOf, int maxLength) {
        record Case(int[] prefix, int target) {
        }
        List<Case> cases = new ArrayList<>();
        int unknownTargets = 0;
        int emptyPrefixes = 0;
        long unknownPrefixItems = 0;
        for (HeldOutSequence s : sequences) {
            int[] classes = s.items().stream().mapToInt(classOf).toArray();
            for (int i = 0; i < classes.length - 1; i++) {
                if (classes[i] < 0) {
                    unknownPrefixItems++;
                }
            }
            for (int i = s.firstTarget(); i < classes.length; i++) {
                if (classes[i] < 0) {
                    unknownTargets++;
                    continue;
                }
                int[] prefix = lastKnown(classes, i, maxLength);
                if (prefix.length == 0) {
                    emptyPrefixes++;
                } else {
                    cases.add(new Case(prefix, classes[i]));
                }
            }
        }
        cases.sort(Comparator.comparingInt(c -> c.prefix().length));
        return new EvalSet(cases.stream().map(Case::prefix).toList(),
                cases.stream().mapToInt(Case::target).toArray(), unknownTargets, emptyPrefixes, unknownPrefixItems);
    }

    private static int[] lastKnown(int[] classes, int end, int maxLength) {
        int[] buf = new int[Math.min(end, maxLength)];
        int n = 0;
        for (int j = end - 1; j >= 0 && n < buf.length; j--) {
            if (classes[j] >= 0) {
                buf[n++] = classes[j];
            }
        }
        int[] prefix = new int[n];
        for (int k = 0; k < n; k++) {
            prefix[k] = buf[n - 1 - k];
        }
        return prefix;
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
        for (int k = 0; k < n; k++) {
            p.add(prefixes.get(chosen[k]));
            t[k] = targets[chosen[k]];
        }
        return new EvalSet(p, t, 0, 0, 0);
    }
}
