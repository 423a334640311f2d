package seqlab.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import seqlab.data.Vocabulary;

/**
 * The training samples the trainer makes from one sequence under given settings, cell by cell,
 * filled by the same code that fills the trainer's minibatches ({@code Minibatches}).
 *
 * <p>Every sample is max-length time steps wide. {@link Formulation#WINDOWS}: one sample per
 * window of up to max-length inputs, a loss at every real step (its target is the next item),
 * {@link CellKind#MASKED} steps after a short window (they only fill a minibatch, no loss).
 * {@link Formulation#PREFIXES}: one sample per target, the prefix's most recent max-length
 * items padded on the side {@link Padding} says, a loss only at the last time step, which is
 * the step the network reads. With {@link Padding#POST} (the notebook's {@code np.pad}) that
 * step is a {@link CellKind#PAD} cell whenever the prefix is shorter than max length.
 *
 * @param config  the settings the samples follow
 * @param items   the sequence's tokens and how the vocabulary takes them
 * @param samples the samples, in the trainer's order before shuffling
 * @param notes   readable notes on what the trainer leaves out or merges (may be empty)
 */
public record TrainingSamples(ModelConfig config, List<Item> items, List<Sample> samples, List<String> notes) {

    /** What a cell of a sample grid holds. */
    public enum CellKind {
        /** Padding (id 0) before or after a short prefix. */
        PAD,
        /** An input item. */
        ITEM,
        /** The item a step is trained to predict (its loss). */
        TARGET,
        /** A step of a short window that only fills the minibatch: masked, no loss. */
        MASKED,
        /** Earlier items of the sequence the sample does not see (cut by max length). */
        TRUNCATED
    }

    /** How the vocabulary takes a token. */
    public enum ItemStatus {
        /** The item has its own id. */
        KNOWN,
        /** Rare or unseen in training: it shares the {@link Vocabulary#RARE_TOKEN} id. */
        RARE,
        /** Unseen in training and no rare item to stand for it: left out. */
        UNKNOWN
    }

    /**
     * One token of the sequence.
     *
     * @param position  its index in the sequence (0-based)
     * @param token     the token as given
     * @param trainedAs the vocabulary token it is trained as ({@code <rare>} for rare items), null when unknown
     * @param status    how the vocabulary takes it
     */
    public record Item(int position, String token, String trainedAs, ItemStatus status) {
    }

    /**
     * One input time step of a sample.
     *
     * @param kind   {@link CellKind#ITEM}, {@link CellKind#PAD} or {@link CellKind#MASKED}
     * @param item   the input item's vocabulary token, null for padding and masked steps
     * @param target the item this step's output is trained to predict, null when the step has no loss
     */
    public record Step(CellKind kind, String item, String target) {

        /** Whether the network's output at this step is read (has a loss). */
        public boolean read() {
            return target != null;
        }
    }

    /**
     * One training sample (a row of a minibatch).
     *
     * @param number 1-based, in the trainer's order before shuffling
     * @param unseen earlier items of the sequence this sample does not see ({@link CellKind#TRUNCATED})
     * @param steps  its max-length time steps
     */
    public record Sample(int number, int unseen, List<Step> steps) {

        /** Indexes of the steps the network reads (the loss steps). */
        public List<Integer> readSteps() {
            List<Integer> read = new ArrayList<>();
            for (int j = 0; j < steps.size(); j++) {
                if (steps.get(j).read()) {
                    read.add(j);
                }
            }
            return read;
        }

        /** Whether some step the network reads is padding. */
        public boolean readsPadding() {
            return steps.stream().anyMatch(s -> s.read() && s.kind() == CellKind.PAD);
        }
    }

    /** Makes the record's lists unmodifiable. */
    public TrainingSamples {
        items = List.copyOf(items);
        samples = List.copyOf(samples);
        notes = List.copyOf(notes);
    }

    /**
     * The samples the trainer makes from {@code tokens} under {@code config}.
     *
     * @param tokens     the sequence's item tokens, oldest first
     * @param vocabulary the training vocabulary (rare and unknown tokens are flagged in {@link #items()})
     * @param config     the settings (max length, formulation, padding, minimum sequence length)
     */
    public static TrainingSamples of(List<String> tokens, Vocabulary vocabulary, ModelConfig config) {
        List<Item> items = new ArrayList<>(tokens.size());
        List<String> notes = new ArrayList<>();
        int[] ids = new int[tokens.size()];
        int n = 0;
        for (int p = 0; p < tokens.size(); p++) {
            String token = tokens.get(p);
            int id = vocabulary.id(token);
            ItemStatus status = id < 0 ? ItemStatus.UNKNOWN
                    : vocabulary.hasRare() && id == vocabulary.rareId() ? ItemStatus.RARE : ItemStatus.KNOWN;
            items.add(new Item(p, token, id < 0 ? null : vocabulary.token(id), status));
            if (id > 0) {
                ids[n++] = id;
            }
        }
        ids = Arrays.copyOf(ids, n);
        describeItems(items, notes);
        if (tokens.size() < config.minSequenceLength()) {
            notes.add("the sequence has " + tokens.size() + " item(s), fewer than the minimum sequence length "
                    + config.minSequenceLength() + ": the trainer leaves it out");
            return new TrainingSamples(config, items, List.of(), notes);
        }
        if (ids.length < 2) {
            notes.add("fewer than two known items: no next-item target, so no sample");
        }
        List<Sample> samples = new ArrayList<>();
        for (int count = Minibatches.sampleCount(ids.length, config), j = 0; j < count; j++) {
            int ref = Minibatches.sampleRef(j, config);
            samples.add(config.formulation() == Formulation.WINDOWS
                    ? window(ids, ref, j + 1, vocabulary, config) : prefix(ids, ref, j + 1, vocabulary, config));
        }
        return new TrainingSamples(config, items, samples, notes);
    }

    /**
     * The notebook's samples for the same sequence: one right-padded ({@link Padding#POST}) prefix
     * per target, read at the last time step, with the other settings of {@code config}.
     */
    public static TrainingSamples notebook(List<String> tokens, Vocabulary vocabulary, ModelConfig config) {
        return of(tokens, vocabulary, notebookConfig(config));
    }

    /** {@code config} with the notebook's formulation and padding. */
    public static ModelConfig notebookConfig(ModelConfig config) {
        return config.toBuilder().formulation(Formulation.PREFIXES).padding(Padding.POST).build();
    }

    private static Sample window(int[] ids, int start, int number, Vocabulary vocabulary, ModelConfig config) {
        int t = config.maxLength();
        float[] x = new float[t];
        float[] mask = new float[t];
        int[] targets = new int[t];
        Arrays.fill(targets, -1);
        Minibatches.fillWindow(ids, start, t, x, mask, targets, 0);
        List<Step> steps = new ArrayList<>(t);
        for (int j = 0; j < t; j++) {
            steps.add(mask[j] == 0 ? new Step(CellKind.MASKED, null, null)
                    : new Step(CellKind.ITEM, vocabulary.token((int) x[j]), vocabulary.token(targets[j] + 1)));
        }
        return new Sample(number, start, steps);
    }

    private static Sample prefix(int[] ids, int pos, int number, Vocabulary vocabulary, ModelConfig config) {
        int t = config.maxLength();
        float[] x = new float[t];
        int target = Minibatches.fillPrefix(ids, pos, config, x, 0);
        List<Step> steps = new ArrayList<>(t);
        int seen = 0;
        for (int j = 0; j < t; j++) {
            String read = j == t - 1 ? vocabulary.token(target + 1) : null;
            if (x[j] == Vocabulary.PADDING) {
                steps.add(new Step(CellKind.PAD, null, read));
            } else {
                steps.add(new Step(CellKind.ITEM, vocabulary.token((int) x[j]), read));
                seen++;
            }
        }
        return new Sample(number, pos - seen, steps);
    }

    private static void describeItems(List<Item> items, List<String> notes) {
        List<String> rare = items.stream().filter(i -> i.status() == ItemStatus.RARE).map(Item::token).toList();
        List<String> unknown = items.stream().filter(i -> i.status() == ItemStatus.UNKNOWN).map(Item::token).toList();
        if (!rare.isEmpty()) {
            notes.add("trained as " + Vocabulary.RARE_TOKEN + " (rare or not in the training part): "
                    + String.join(" ", rare));
        }
        if (!unknown.isEmpty()) {
            notes.add("not in the training vocabulary, left out: " + String.join(" ", unknown));
        }
    }

    /** Loss steps over all samples (next-item targets). */
    public int targets() {
        return samples.stream().mapToInt(s -> s.readSteps().size()).sum();
    }

    /** Samples whose read step is padding. */
    public long samplesReadingPadding() {
        return samples.stream().filter(Sample::readsPadding).count();
    }

    /** One line on how these samples present the targets and, for padded prefixes, what the network reads. */
    public String explanation() {
        int t = config.maxLength();
        int n = samples.size();
        if (n == 0) {
            return "no training samples from this sequence";
        }
        if (config.formulation() == Formulation.WINDOWS) {
            return String.format("windows: %d window(s) of up to %d steps; every real step predicts the next item"
                    + " (%d loss steps); masked steps only fill the minibatch; each window starts with a fresh"
                    + " LSTM state (padding setting unused)", n, t, targets());
        }
        if (config.padding() == Padding.PRE) {
            return String.format("left padding: %d prefix(es), one target each; the network reads the last time"
                    + " step, which is always the prefix's last item", n);
        }
        long pad = samplesReadingPadding();
        if (pad == 0) {
            return String.format("right padding: %d prefix(es); every prefix fills all %d steps, so the last"
                    + " step the network reads is an item here", n, t);
        }
        return String.format("right padding (the notebook's np.pad): the network reads the last time step, which is"
                + " padding in %d of %d prefix(es); there it sees the items only through the state the LSTM"
                + " carried over the pad cells", pad, n);
    }

    /**
     * The samples as a plain-text table: a row of inputs per sample ({@code <pad>} padding,
     * {@code <mask>} masked steps, read steps in brackets) and under it the targets of its read steps.
     */
    public String text() {
        int t = config.maxLength();
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[t + 2];
        header[0] = "sample";
        header[1] = "unseen";
        for (int j = 0; j < t; j++) {
            header[j + 2] = "t" + (j + 1);
        }
        rows.add(header);
        for (Sample s : samples) {
            String[] in = new String[t + 2];
            String[] out = new String[t + 2];
            in[0] = String.valueOf(s.number());
            in[1] = s.unseen() == 0 ? "" : s.unseen() + " earlier";
            out[0] = "";
            out[1] = "target";
            for (int j = 0; j < t; j++) {
                Step step = s.steps().get(j);
                String cell = switch (step.kind()) {
                    case PAD -> "<pad>";
                    case MASKED -> "<mask>";
                    default -> step.item();
                };
                in[j + 2] = step.read() ? "[" + cell + "]" : cell;
                out[j + 2] = step.read() ? step.target() : "";
            }
            rows.add(in);
            rows.add(out);
        }
        int[] width = new int[t + 2];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(describeConfig()).append('\n');
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                line.append(String.format("%-" + width[c] + "s", r[c]));
                if (c < r.length - 1) {
                    line.append("  ");
                }
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        b.append(explanation()).append('\n');
        notes.forEach(note -> b.append("note: ").append(note).append('\n'));
        return b.toString();
    }

    /** The settings that shape the samples, in one line. */
    public String describeConfig() {
        String targets = Hyperparameter.TRAINING.label() + " " + Hyperparameter.TRAINING.text(config);
        return config.formulation() == Formulation.WINDOWS ? targets + ", max length " + config.maxLength()
                : targets + ", padding " + Hyperparameter.PADDING.text(config) + ", max length " + config.maxLength();
    }
}
