package seqlab.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Training sequences and the held-out sequences for validation and test.
 *
 * @param train      sequences the model and the baselines learn from
 * @param validation evaluated after every epoch
 * @param test       evaluated once, at the end
 * @param note       how the split was made, for the summary
 */
public record DataSplit(List<List<String>> train, List<HeldOutSequence> validation, List<HeldOutSequence> test,
                        String note) {

    /** Below this many sequences a holdout split would leave a part empty: train on everything. */
    public static final int MIN_SEQUENCES_FOR_HOLDOUT = 10;

    public DataSplit {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
        test = List.copyOf(test);
    }

    /**
     * Splits {@code sequences}.
     *
     * @param method             how
     * @param validationFraction holdout: share of sequences for validation
     * @param testFraction       holdout: share of sequences for the test
     * @param seed               holdout: seed of the shuffle
     */
    public static DataSplit of(List<List<String>> sequences, SplitMethod method, double validationFraction,
                               double testFraction, long seed) {
        return switch (method) {
            case NONE -> new DataSplit(sequences, List.of(), List.of(), "no split: trained on all "
                    + sequences.size() + " sequences");
            case HOLDOUT -> holdout(sequences, validationFraction, testFraction, seed);
            case LEAVE_LAST_OUT -> leaveLastOut(sequences);
        };
    }

    /** Trains on all of {@code train} and evaluates on {@code heldOut} (a validation file) every epoch and at the end. */
    public static DataSplit withValidationFile(List<List<String>> train, List<List<String>> heldOut, String name) {
        List<HeldOutSequence> v = heldOut.stream().filter(s -> s.size() >= 2)
                .map(s -> new HeldOutSequence(s, 1)).toList();
        return new DataSplit(train, v, v, "trained on all " + train.size() + " sequences; validation and test on "
                + name + " (" + v.size() + " sequences)");
    }

    private static DataSplit holdout(List<List<String>> sequences, double vf, double tf, long seed) {
        int n = sequences.size();
        int nVal = (int) Math.round(n * vf);
        int nTest = (int) Math.round(n * tf);
        if (n < MIN_SEQUENCES_FOR_HOLDOUT || (vf > 0 && nVal == 0) || (tf > 0 && nTest == 0) || n - nVal - nTest < 1) {
            return new DataSplit(sequences, List.of(), List.of(), "too few sequences to hold any out (" + n
                    + "; at least " + MIN_SEQUENCES_FOR_HOLDOUT + " needed): trained on all, no held-out metrics");
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<HeldOutSequence> val = new ArrayList<>();
        List<HeldOutSequence> test = new ArrayList<>();
        List<Integer> trainIdx = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = order.get(k);
            if (k < nVal) {
                val.add(new HeldOutSequence(sequences.get(i), 1));
            } else if (k < nVal + nTest) {
                test.add(new HeldOutSequence(sequences.get(i), 1));
            } else {
                trainIdx.add(i);
            }
        }
        Collections.sort(trainIdx);
        List<List<String>> train = trainIdx.stream().map(sequences::get).toList();
        return new DataSplit(train, val, test, String.format("holdout by sequence (seed %d): %d train, %d validation,"
                + " %d test sequences", seed, train.size(), val.size(), test.size()));
    }

    private static DataSplit leaveLastOut(List<List<String>> sequences) {
        List<List<String>> train = new ArrayList<>();
        List<HeldOutSequence> val = new ArrayList<>();
        List<HeldOutSequence> test = new ArrayList<>();
        int whole = 0;
        for (List<String> s : sequences) {
            if (s.size() < 4) {
                train.add(s);
                whole++;
                continue;
            }
            train.add(s.subList(0, s.size() - 2));
            val.add(new HeldOutSequence(s.subList(0, s.size() - 1), s.size() - 2));
            test.add(new HeldOutSequence(s, s.size() - 1));
        }
        String extra = whole > 0 ? "; " + whole + " sequence(s) shorter than 4 kept whole for training" : "";
        return new DataSplit(train, val, test, "leave-last-out: each sequence's last item is a test target, the one"
                + " before a validation target" + extra);
    }
}
