package seqlab.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import seqlab.data.SequenceData;
import seqlab.data.Vocabulary;
import seqlab.eval.DataSplit;
import seqlab.eval.SplitMethod;

/**
 * What a run trains on from each sequence of a data set, prepared the way
 * {@link PreparedData#prepare} prepares it (minimum length, split, vocabulary from the
 * training part), without encoding the data or fitting baselines.
 */
public final class TrainingPart {

    private final SequenceData data;
    private final ModelConfig config;
    private final int minLength;
    private final DataSplit split;
    private final Vocabulary vocabulary;
    private final Set<List<String>> trained;
    private final int[] usedIndex;

    private TrainingPart(SequenceData data, ModelConfig config) {
        this.data = data;
        this.config = config;
        this.minLength = config.minSequenceLength();
        SequenceData used = data.withMinLength(minLength);
        this.split = PreparedData.split(used, config, null);
        this.vocabulary = Vocabulary.build(split.train(), config.minItemFrequency());
        this.trained = Collections.newSetFromMap(new IdentityHashMap<>());
        trained.addAll(split.train());
        this.usedIndex = new int[data.sequences().size()];
        int k = 0;
        for (int i = 0; i < usedIndex.length; i++) {
            usedIndex[i] = data.sequences().get(i).size() >= minLength || minLength <= 1 ? k++ : -1;
        }
    }

    /**
     * Prepares {@code data} under {@code config}, as a run would.
     *
     * @param data   the sequences
     * @param config the settings (minimum length, split, fractions, seed and minimum item frequency matter)
     */
    public static TrainingPart of(SequenceData data, ModelConfig config) {
        return new TrainingPart(data, config);
    }

    /**
     * What the trainer takes from one sequence.
     *
     * @param tokens the tokens it trains on (the whole sequence when it is held out, so the samples can be shown)
     * @param note   why it is not trained on as a whole, or empty
     */
    public record Use(List<String> tokens, String note) {
    }

    /** The data these parts come from. */
    public SequenceData data() {
        return data;
    }

    /** The settings they follow. */
    public ModelConfig config() {
        return config;
    }

    /** The vocabulary of the training part. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** What the trainer takes from sequence {@code index} of the data (0-based). */
    public Use use(int index) {
        List<String> s = data.sequences().get(index);
        int used = usedIndex[index];
        if (used < 0) {
            return new Use(s, "shorter than the minimum sequence length " + minLength + ": left out of the run");
        }
        if (config.split() == SplitMethod.LEAVE_LAST_OUT) {
            List<String> part = split.train().get(used);
            return new Use(part, part.size() < s.size()
                    ? "leave-last-out: the last " + (s.size() - part.size()) + " item(s) are held out; trained on the first "
                    + part.size() : "");
        }
        if (!trained.contains(s)) {
            return new Use(s, "held out for validation or test (" + split.note()
                    + "): the trainer makes none of these samples; shown as they would be");
        }
        return new Use(s, "");
    }

    /** The samples of sequence {@code index} under the settings. */
    public TrainingSamples samples(int index) {
        return TrainingSamples.of(use(index).tokens(), vocabulary, config);
    }
}
