package seqlab.model;

import java.util.ArrayList;
import java.util.List;

import seqlab.data.DataException;
import seqlab.data.DataFingerprint;
import seqlab.data.SequenceData;
import seqlab.data.SequenceHashes;
import seqlab.eval.DataSplit;
import seqlab.eval.HeldOutSequence;

/**
 * The part of a data file a trained model may be evaluated on: never a sequence it was trained
 * on. The very data it was trained on gives the held-out test part of its (seeded, so the same)
 * split; other data gives every sequence but those in the model's training part, and for a
 * sequence that grew since, only the items after the part trained on.
 *
 * @param sequences what to evaluate
 * @param note      what was left out and why, for the user; empty when nothing was
 */
public record EvaluationData(List<HeldOutSequence> sequences, String note) {

    public EvaluationData {
        sequences = List.copyOf(sequences);
    }

    /**
     * The part of {@code data} that {@code model} was not trained on.
     *
     * @throws DataException when nothing is left
     */
    public static EvaluationData of(TrainedModel model, SequenceData data) {
        ModelConfig c = model.config();
        SequenceData used = data.withMinLength(c.minSequenceLength());
        SequenceHashes trained = model.trainingSequences();
        if (DataFingerprint.of(used).sameContent(model.trainedOn())) {
            DataSplit split = DataSplit.of(used.sequences(), c.split(), c.validationFraction(), c.testFraction(),
                    c.seed());
            if (trained == null || sameSet(trained, split.train())) {
                if (split.test().isEmpty()) {
                    throw new DataException(data.source() + ": this is the data the model was trained on and its"
                            + " split held nothing out (" + split.note() + "); evaluate on other data");
                }
                return new EvaluationData(split.test(), "this is the data the model was trained on: evaluating only"
                        + " its held-out test part (" + split.test().size() + " sequences)");
            }
            // the model was not trained on this split (a validation file was given): fall through
        }
        if (trained == null) {
            return new EvaluationData(all(used), "note: this model was saved before SeqLab recorded which sequences"
                    + " it was trained on, so any of " + data.source() + "'s sequences it was trained on are"
                    + " evaluated too (retrain it to have them left out)");
        }
        List<HeldOutSequence> keep = new ArrayList<>();
        int whole = 0;
        int part = 0;
        for (List<String> s : used.sequences()) {
            int p = trained.longestPrefix(s);
            if (p == s.size()) {
                whole++;
            } else if (p > 0) {
                part++;
                keep.add(new HeldOutSequence(s, p));
            } else if (s.size() >= 2) {
                keep.add(new HeldOutSequence(s, 1));
            }
        }
        int m = used.sequences().size();
        if (keep.isEmpty()) {
            throw new DataException(data.source() + ": " + (whole == m ? "all " : whole + " of ") + m + " sequences"
                    + " were in the model's training data; nothing is left to evaluate (evaluate on sequences the"
                    + " model was not trained on)");
        }
        if (whole == 0 && part == 0) {
            return new EvaluationData(keep, "");
        }
        String note = whole > 0 ? whole + " of " + m + " sequences in " + data.source() + " were in the model's"
                + " training data; evaluating the other " + (m - whole) : "evaluating all " + m + " sequences in "
                + data.source();
        if (part > 0) {
            note += "; " + part + " of them begin with a sequence the model was trained on, and only the items after"
                    + " that part are evaluated";
        }
        return new EvaluationData(keep, note);
    }

    private static boolean sameSet(SequenceHashes trained, List<List<String>> train) {
        SequenceHashes split = SequenceHashes.of(train);
        if (split.size() != trained.size()) {
            return false;
        }
        return train.stream().allMatch(trained::contains);
    }

    private static List<HeldOutSequence> all(SequenceData used) {
        return used.sequences().stream().filter(s -> s.size() >= 2).map(s -> new HeldOutSequence(s, 1)).toList();
    }
}
