package seqlab.eval;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What followed which context in the training sequences (class indices), for showing the model's
 * predictions beside the data: after every beginning of a training sequence up to {@link #depth()}
 * items (a prefix trie) and after every pair of consecutive items. (What followed a single item is
 * the {@link MarkovBaseline}'s counts.)
 *
 * <p>The store is capped at {@link #MAX_NODES} trie nodes and {@link #MAX_TRIPLES} pair
 * followers, at most about 6.5 MB (stored or in memory) for any data set: when a data set has more, the rarest are left
 * out, all those seen fewer than {@link #prefixMinCount()} (or {@link #pairMinCount()}) times, so
 * every count kept is exact and only rare followers are missing. Immutable.
 */
public final class FollowerCounts {

    /** Most trie nodes kept (one per distinct sequence beginning). */
    public static final int MAX_NODES = 200_000;
    /** Most (pair, next item) counts kept. */
    public static final int MAX_TRIPLES = 200_000;
    /** Classes above this cannot be packed into one pair key; pairs are then not counted. */
    static final int MAX_CLASSES = (1 << 21) - 1;
    private static final int MAGIC = 0x53514643;
    private static final int FORMAT = 1;

    private final int classes;
    private final int depth;
    private final int prefixMinCount;
    private final int pairMinCount;
    // trie in breadth-first order, node 0 the empty prefix; children of n: childStart[n] .. childStart[n + 1] - 1,
    // by ascending item
    private final int[] nodeItem;
    private final int[] nodeCount;
    private final int[] childStart;
    // pairs: sorted keys first * classes + second; followers of pair p: pairStart[p] .. pairStart[p + 1] - 1
    private final long[] pairKey;
    private final int[] pairStart;
    private final int[] nextItem;
    private final int[] nextCount;

    private FollowerCounts(int classes, int depth, int prefixMinCount, int pairMinCount, int[] nodeItem,
                           int[] nodeCount, int[] childCounts, long[] pairKey, int[] pairStart, int[] nextItem,
                           int[] nextCount) {
        this.classes = classes;
        this.depth = depth;
        this.prefixMinCount = prefixMinCount;
        this.pairMinCount = pairMinCount;
        this.nodeItem = nodeItem;
        this.nodeCount = nodeCount;
        this.childStart = new int[nodeItem.length + 1];
        int next = 1;
        for (int n = 0; n < nodeItem.length; n++) {
            childStart[n] = next;
            next += childCounts[n];
        }
        childStart[nodeItem.length] = next;
        this.pairKey = pairKey;
        this.pairStart = pairStart;
        this.nextItem = nextItem;
        this.nextCount = nextCount;
    }

    /**
     * Counts the followers in {@code sequences} (class indices in {@code [0, classes)}).
     *
     * @param depth the longest sequence beginning counted (the model's max length)
     */
    public static FollowerCounts fit(List<int[]> sequences, int classes, int depth) {
        return fit(sequences, classes, depth, MAX_NODES, MAX_TRIPLES);
    }

    static FollowerCounts fit(List<int[]> sequences, int classes, int depth, int maxNodes, int maxTriples) {
        Trie trie = Trie.build(sequences, depth);
        int prefixMin = smallestCountWithin(trie.count, 1, trie.size, maxNodes - 1);
        int[] keep = new int[trie.size];
        int kept = 0;
        for (int n = 0; n < trie.size; n++) {
            keep[n] = n == 0 || trie.count[n] >= prefixMin ? kept++ : -1;
        }
        int[] item = new int[kept];
        int[] count = new int[kept];
        int[] children = new int[kept];
        for (int n = 0; n < trie.size; n++) {
            if (keep[n] >= 0) {
                item[keep[n]] = n == 0 ? -1 : trie.item[n];
                count[keep[n]] = trie.count[n];
                if (n > 0) {
                    children[keep[trie.parent[n]]]++;
                }
            }
        }
        Pairs pairs = classes <= MAX_CLASSES ? Pairs.count(sequences, classes, maxTriples) : Pairs.NONE;
        return new FollowerCounts(classes, depth, prefixMin, pairs.minCount, item, count, children, pairs.keys,
                pairs.starts, pairs.next, pairs.counts);
    }

    /** The least count m such that at most {@code budget} of {@code counts[from..to)} are at least m. */
    private static int smallestCountWithin(int[] counts, int from, int to, int budget) {
        if (to - from <= budget) {
            return 1;
        }
        int[] sorted = Arrays.copyOfRange(counts, from, to);
        Arrays.sort(sorted);
        // the budget-th largest count, raised by one when its ties would overflow the budget
        int m = sorted[sorted.length - budget];
        int atLeast = sorted.length - lowerBound(sorted, m);
        return atLeast <= budget ? m : m + 1;
    }

    private static int lowerBound(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of classes the counts are over. */
    public int classes() {
        return classes;
    }

    /** The longest sequence beginning whose followers are counted. */
    public int depth() {
        return depth;
    }

    /** Followers after a sequence beginning seen fewer times than this are left out (1 = none left out). */
    public int prefixMinCount() {
        return prefixMinCount;
    }

    /** Followers after a pair seen fewer times than this are left out (1 = none left out). */
    public int pairMinCount() {
        return pairMinCount;
    }

    /** Whether pairs were counted (not when the classes are too many to pack). */
    public boolean hasPairs() {
        return pairStart.length > 0;
    }

    /** Whether nothing was left out to fit the cap. */
    public boolean complete() {
        return prefixMinCount == 1 && pairMinCount == 1 && hasPairs();
    }

    /** How many trie nodes and pair followers are stored. */
    public int entries() {
        return nodeItem.length + nextItem.length;
    }

    /**
     * How many training sequences begin with {@code prefix} (classes, oldest first); 0 when none or
     * when too few to be kept; -1 when the prefix is longer than {@link #depth()}. Counts a sequence
     * also when the prefix is all of it.
     */
    public int beginnings(int[] prefix) {
        int n = node(prefix);
        return n == -2 ? -1 : n < 0 ? 0 : nodeCount[n];
    }

    /**
     * What followed {@code prefix} when a training sequence began with it: next class -> count, by
     * ascending class; empty when it never did (or always ended there), null when the prefix is
     * longer than {@link #depth()}.
     */
    public Map<Integer, Integer> afterBeginning(int[] prefix) {
        int n = node(prefix);
        if (n == -2) {
            return null;
        }
        Map<Integer, Integer> m = new LinkedHashMap<>();
        if (n >= 0) {
            for (int k = childStart[n]; k < childStart[n + 1]; k++) {
                m.put(nodeItem[k], nodeCount[k]);
            }
        }
        return m;
    }

    /** Node of {@code prefix}, -1 when absent, -2 when longer than the depth. */
    private int node(int[] prefix) {
        if (prefix.length > depth) {
            return -2;
        }
        int n = 0;
        for (int c : prefix) {
            int lo = childStart[n];
            int hi = childStart[n + 1] - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (nodeItem[mid] < c) {
                    lo = mid + 1;
                } else if (nodeItem[mid] > c) {
                    hi = mid - 1;
                } else {
                    found = mid;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            n = found;
        }
        return n;
    }

    /**
     * What followed the consecutive pair {@code first, second} anywhere in the training sequences:
     * next class -> count, by ascending class; empty when nothing did; null when pairs were not counted.
     */
    public Map<Integer, Integer> afterPair(int first, int second) {
        if (!hasPairs()) {
            return null;
        }
        Map<Integer, Integer> m = new LinkedHashMap<>();
        if (first < 0 || second < 0 || first >= classes || second >= classes) {
            return m;
        }
        int p = Arrays.binarySearch(pairKey, (long) first * classes + second);
        if (p >= 0) {
            for (int k = pairStart[p]; k < pairStart[p + 1]; k++) {
                m.put(nextItem[k], nextCount[k]);
            }
        }
        return m;
    }

    /**
     * The stored form (big-endian ints): magic, format, classes, depth, both minimum counts, the
     * node count, then per node (breadth first, root first) item, count and child count; then the
     * pair count (-1 when not counted), per pair first, second and follower count, then per
     * follower item and count.
     */
    public byte[] toBytes() {
        int pairs = pairKey.length;
        ByteBuffer b = ByteBuffer.allocate(Integer.BYTES * (8 + 3 * nodeItem.length + 3 * pairs + 2 * nextItem.length));
        b.putInt(MAGIC).putInt(FORMAT).putInt(classes).putInt(depth).putInt(prefixMinCount).putInt(pairMinCount);
        b.putInt(nodeItem.length);
        for (int n = 0; n < nodeItem.length; n++) {
            b.putInt(nodeItem[n]).putInt(nodeCount[n]).putInt(childStart[n + 1] - childStart[n]);
        }
        b.putInt(hasPairs() ? pairs : -1);
        for (int p = 0; p < pairs; p++) {
            b.putInt((int) (pairKey[p] / classes)).putInt((int) (pairKey[p] % classes))
                    .putInt(pairStart[p + 1] - pairStart[p]);
        }
        for (int k = 0; k < nextItem.length; k++) {
            b.putInt(nextItem[k]).putInt(nextCount[k]);
        }
        return b.array();
    }

    /** The most bytes {@link #toBytes()} writes. */
    public static long maxBytes() {
        return Integer.BYTES * (8L + 3L * MAX_NODES + 5L * MAX_TRIPLES);
    }

    /**
     * Reads the stored form, checking it throughout.
     *
     * @param classes the model's number of classes, which the counts must be over
     * @throws IllegalArgumentException naming what is wrong
     */
    public static FollowerCounts fromBytes(byte[] bytes, int classes) {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            require(b.getInt() == MAGIC, "not follower counts");
            int format = b.getInt();
            require(format == FORMAT, "format " + format + ", expected " + FORMAT);
            int stored = b.getInt();
            require(stored == classes, "counts over " + stored + " items, but the model has " + classes);
            int depth = b.getInt();
            int prefixMin = b.getInt();
            int pairMin = b.getInt();
            require(depth >= 0 && prefixMin >= 1 && pairMin >= 1, "impossible header");
            int nodes = b.getInt();
            require(nodes >= 1 && nodes <= MAX_NODES && (long) nodes * 12 <= b.remaining(), "it lists " + nodes
                    + " prefix nodes (1 to " + MAX_NODES + ") but holds " + b.remaining() + " bytes for them, "
                    + (long) nodes * 12 + " needed; the file is cut short or was altered");
            int[] item = new int[nodes];
            int[] count = new int[nodes];
            int[] children = new int[nodes];
            long childTotal = 0;
            for (int n = 0; n < nodes; n++) {
                item[n] = b.getInt();
                count[n] = b.getInt();
                children[n] = b.getInt();
                require(n == 0 ? item[n] == -1 : item[n] >= 0 && item[n] < classes, "node " + n + " names item "
                        + item[n]);
                require(count[n] >= 0 && children[n] >= 0, "node " + n + " has a negative count");
                childTotal += children[n];
            }
            require(childTotal == nodes - 1, "the nodes' children do not add up");
            FollowerCounts shape = new FollowerCounts(classes, depth, prefixMin, pairMin, item, count, children,
                    new long[0], new int[0], new int[0], new int[0]);
            for (int n = 0; n < nodes; n++) {
                for (int k = shape.childStart[n]; k < shape.childStart[n + 1]; k++) {
                    require(k > n, "node " + n + "'s children come before it");
                    require(k == shape.childStart[n] || item[k] > item[k - 1], "node " + n + "'s children are not"
                            + " in item order");
                    require(count[k] <= count[n] || n == 0, "node " + k + " counts more than its parent");
                }
            }
            int pairs = b.getInt();
            require(pairs >= -1 && pairs <= MAX_TRIPLES && (long) Math.max(pairs, 0) * 12 <= b.remaining(),
                    "it lists " + pairs + " pairs (up to " + MAX_TRIPLES + ") but holds " + b.remaining()
                    + " bytes for them; the file is cut short or was altered");
            long[] keys = new long[Math.max(pairs, 0)];
            int[] starts = new int[pairs < 0 ? 0 : pairs + 1];
            int total = 0;
            for (int p = 0; p < keys.length; p++) {
                int first = b.getInt();
                int second = b.getInt();
                int n = b.getInt();
                require(first >= 0 && first < classes && second >= 0 && second < classes && n >= 1,
                        "pair " + p + " is (" + first + ", " + second + ") with " + n + " followers");
                keys[p] = (long) first * classes + second;
                require(p == 0 || keys[p] > keys[p - 1], "the pairs are not in order");
                starts[p] = total;
                total += n;
                require(total <= MAX_TRIPLES, "more than " + MAX_TRIPLES + " pair followers");
            }
            if (pairs >= 0) {
                starts[keys.length] = total;
            }
            require((long) total * 8 == b.remaining(), "holds " + b.remaining() + " bytes for " + total
                    + " pair followers");
            int[] next = new int[total];
            int[] nextCount = new int[total];
            for (int p = 0; p < keys.length; p++) {
                for (int k = starts[p]; k < starts[p + 1]; k++) {
                    next[k] = b.getInt();
                    nextCount[k] = b.getInt();
                    require(next[k] >= 0 && next[k] < classes && nextCount[k] >= 1
                            && (k == starts[p] || next[k] > next[k - 1]), "follower " + k + " of the pairs");
                }
            }
            return new FollowerCounts(classes, depth, prefixMin, pairMin, item, count, children, keys, starts, next,
                    nextCount);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("cut short: it ends before the counts it lists");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The full trie before the cap, breadth first. */
    private static final class Trie {
        int size;
        int[] item = new int[1024];
        int[] count = new int[1024];
        int[] parent = new int[1024];

        static Trie build(List<int[]> sequences, int depth) {
            Integer[] order = new Integer[sequences.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            int cut = depth + 1;
            Arrays.sort(order, Comparator.comparing(i -> sequences.get(i), (a, b) -> {
                int n = Math.min(Math.min(a.length, b.length), cut);
                for (int k = 0; k < n; k++) {
                    if (a[k] != b[k]) {
                        return Integer.compare(a[k], b[k]);
                    }
                }
                return Integer.compare(Math.min(a.length, cut), Math.min(b.length, cut));
            }));
            Trie t = new Trie();
            t.add(-1, order.length, -1);
            // a node covers the sorted range of sequences that begin with its prefix
            int[] queueLo = new int[1024];
            int[] queueHi = new int[1024];
            int[] queueLevel = new int[1024];
            queueLo[0] = 0;
            queueHi[0] = order.length;
            queueLevel[0] = 0;
            for (int n = 0; n < t.size; n++) {
                int k = queueLevel[n];
                if (k >= cut) {
                    continue;
                }
                int i = queueLo[n];
                while (i < queueHi[n] && sequences.get(order[i]).length <= k) {
                    i++;
                }
                while (i < queueHi[n]) {
                    int c = sequences.get(order[i])[k];
                    int j = i;
                    while (j < queueHi[n] && sequences.get(order[j])[k] == c) {
                        j++;
                    }
                    int child = t.add(c, j - i, n);
                    if (child >= queueLo.length) {
                        int grown = queueLo.length * 2;
                        queueLo = Arrays.copyOf(queueLo, grown);
                        queueHi = Arrays.copyOf(queueHi, grown);
                        queueLevel = Arrays.copyOf(queueLevel, grown);
                    }
                    queueLo[child] = i;
                    queueHi[child] = j;
                    queueLevel[child] = k + 1;
                    i = j;
                }
            }
            return t;
        }

        int add(int c, int n, int p) {
            if (size == item.length) {
                item = Arrays.copyOf(item, size * 2);
                count = Arrays.copyOf(count, size * 2);
                parent = Arrays.copyOf(parent, size * 2);
            }
            item[size] = c;
            count[size] = n;
            parent[size] = p;
            return size++;
        }
    }

    /** Pair followers, counted by sorting packed (first, second, next) keys. */
    private record Pairs(long[] keys, int[] starts, int[] next, int[] counts, int minCount) {
        static final Pairs NONE = new Pairs(new long[0], new int[0], new int[0], new int[0], 1);

        static Pairs count(List<int[]> sequences, int classes, int maxTriples) {
            long total = 0;
            for (int[] s : sequences) {
                total += Math.max(0, s.length - 2);
            }
            long[] triples = new long[Math.toIntExact(total)];
            int t = 0;
            long c2 = (long) classes * classes;
            for (int[] s : sequences) {
                for (int i = 0; i + 2 < s.length; i++) {
                    triples[t++] = s[i] * c2 + (long) s[i + 1] * classes + s[i + 2];
                }
            }
            Arrays.sort(triples);
            int distinct = 0;
            int[] runs = new int[triples.length];
            for (int i = 0; i < triples.length; i++) {
                if (i == 0 || triples[i] != triples[i - 1]) {
                    triples[distinct] = triples[i];
                    runs[distinct++] = 0;
                }
                runs[distinct - 1]++;
            }
            int min = smallestCountWithin(runs, 0, distinct, maxTriples);
            int kept = 0;
            for (int i = 0; i < distinct; i++) {
                if (runs[i] >= min) {
                    kept++;
                }
            }
            int[] next = new int[kept];
            int[] counts = new int[kept];
            long[] keys = new long[kept];
            int[] starts = new int[kept + 1];
            int pairs = 0;
            int k = 0;
            for (int i = 0; i < distinct; i++) {
                if (runs[i] < min) {
                    continue;
                }
                long pair = triples[i] / classes;
                if (pairs == 0 || keys[pairs - 1] != pair) {
                    keys[pairs] = pair;
                    starts[pairs++] = k;
                }
                next[k] = (int) (triples[i] % classes);
                counts[k++] = runs[i];
            }
            starts[pairs] = k;
            return new Pairs(Arrays.copyOf(keys, pairs), Arrays.copyOf(starts, pairs + 1), next, counts, min);
        }
    }
}
