package seqlab.model;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import seqlab.eval.EvalSet;
import seqlab.eval.Evaluator;

/**
 * What a run will cost, known before it starts: the number of parameters, the process's peak
 * memory and the time of one epoch (training plus the evaluation after it). It follows the layout
 * the {@link Trainer} really uses: the first epoch's shuffled {@link Minibatches} (windows padded
 * to the longest window of their minibatch, or max-length prefixes), the {@link SoftmaxHead}'s
 * buffers kept per distinct row count, and the evaluation batches of
 * {@link Evaluator#BATCH} prefixes over the validation set and the training-accuracy sample.
 *
 * <p>The coefficients are measured, not derived: peak resident memory (max RSS) and epoch time of
 * one-epoch runs ({@code /usr/bin/time -f %M java -jar seqlab.jar train ... --json}, epoch seconds from
 * the JSON) on a 2-core VM with one native thread, DL4J 1.0.0-M2.1, while other jobs kept the load
 * average near 10 (times vary 2-3x between runs). Peak memory, measured / estimated: 0.71-0.88 on
 * synthetic long sequences (max length 100-300, 128-512 units, up to 6 GB), 1.6 on MovieLens with
 * the defaults (its native garbage and heap outgrow the runtime allowance); on configurations not
 * used to fit the constants 0.99-1.37 (margarine defaults and prefixes, MovieLens 128 units batch 64,
 * max length 200 with 384 units). DL4J's LSTM keeps about 23 floats per unit and
 * time step of a minibatch row through forward and backward (it recomputes the forward pass in
 * backprop); evaluation (inference, no gradients) about 4. Memory freed after training is
 * reused by the evaluation, so the peak is the larger of the two, not their sum. Time is per
 * time step (DL4J runs several small native ops per step: about 5 ms per training step of a window
 * minibatch, 12 ms with DL4J's own fit of prefixes, 2 ms per inference step) plus the floating-point operations at a measured rate. Measured estimates were
 * within a factor 2 of reality; refusal ({@link #check}) takes the estimate times the lowest
 * measured ratio of actual to estimated memory, so it only refuses runs that cannot fit.
 */
public final class TrainingEstimate {

    static final double TRAIN_FLOATS_PER_UNIT = 23;
    static final double TRAIN_FLOATS_PER_DIM = 4.5;
    static final double EVAL_FLOATS_PER_UNIT = 4;
    static final double EVAL_FLOATS_PER_DIM = 3;
    /**
     * The JVM, ND4J's libraries, the heap's working set and native arrays awaiting the garbage
     * collector (a toy run peaks at 155 MB; one epoch of MovieLens with the defaults holds 520 MB
     * of heap and about 600 MB of native memory).
     */
    static final long RUNTIME_BYTES = 700L << 20;
    static final double TRAIN_FLOPS_PER_SECOND_PER_THREAD = 3e10;
    static final double EVAL_FLOPS_PER_SECOND_PER_THREAD = 6e10;
    static final double SECONDS_PER_TRAINING_STEP = 0.005;
    /** DL4J's own fit of LastTimeStep(LSTM) and the output layer (prefixes) costs more per step than windows. */
    static final double SECONDS_PER_PREFIX_STEP = 0.012;
    static final double SECONDS_PER_INFERENCE_STEP = 0.002;
    /** An epoch longer than this gets a warning. */
    public static final double LONG_EPOCH_SECONDS = 600;
    /** The lowest ratio of measured to estimated peak memory seen (see the class comment). */
    static final double LOWEST_MEASURED_RATIO = 0.65;
    /** Above this share of the limit the run may not fit: a warning. */
    static final double WARN_SHARE = 0.8;

    /** What the settings cost most: the settings to name when the estimate is too large. */
    enum Dominant { TRAINING, EVALUATION, PARAMETERS }

    private final ModelConfig config;
    private final long parameters;
    private final long persistentBytes;
    private final long trainingBytes;
    private final long evaluationBytes;
    private final long heapBytes;
    private final double trainingSeconds;
    private final double evaluationSeconds;
    private final long snapshotMemoryBytes;
    private final long snapshotDiskBytes;
    private final long tempUsableBytes;

    private TrainingEstimate(ModelConfig config, long parameters, long persistentBytes, long trainingBytes,
                             long evaluationBytes, long heapBytes, double trainingSeconds, double evaluationSeconds) {
        this(config, parameters, persistentBytes, trainingBytes, evaluationBytes, heapBytes, trainingSeconds,
                evaluationSeconds, 0, 0, Long.MAX_VALUE);
    }

    private TrainingEstimate(ModelConfig config, long parameters, long persistentBytes, long trainingBytes,
                             long evaluationBytes, long heapBytes, double trainingSeconds, double evaluationSeconds,
                             long snapshotMemoryBytes, long snapshotDiskBytes, long tempUsableBytes) {
        this.config = config;
        this.parameters = parameters;
        this.persistentBytes = persistentBytes;
        this.trainingBytes = trainingBytes;
        this.evaluationBytes = evaluationBytes;
        this.heapBytes = heapBytes;
        this.trainingSeconds = trainingSeconds;
        this.evaluationSeconds = evaluationSeconds;
        this.snapshotMemoryBytes = snapshotMemoryBytes;
        this.snapshotDiskBytes = snapshotDiskBytes;
        this.tempUsableBytes = tempUsableBytes;
    }

    /**
     * This estimate with the model of every epoch kept as {@link EpochSnapshots} do (the workbench's epoch
     * scrubber): in memory up to {@code budgetBytes} of weights (always the first epoch), each such epoch
     * holding its weights twice (the network's native copy and the Java copy prediction reads), the rest
     * in a temporary file.
     *
     * @param budgetBytes     the snapshots' in-memory budget
     * @param tempUsableBytes free space where the temporary file goes (a warning when the spilled epochs
     *                        need more)
     */
    public TrainingEstimate withEpochSnapshots(long budgetBytes, long tempUsableBytes) {
        long perEpoch = 4 * parameters;
        long epochs = config.epochs();
        long inMemory = perEpoch == 0 ? epochs : Math.min(epochs, Math.max(1, budgetBytes / perEpoch));
        return new TrainingEstimate(config, parameters, persistentBytes, trainingBytes, evaluationBytes, heapBytes,
                trainingSeconds, evaluationSeconds, inMemory * perEpoch, (epochs - inMemory) * perEpoch,
                tempUsableBytes);
    }

    /** {@link #withEpochSnapshots(long, long)} with the free space of the default temporary directory. */
    public TrainingEstimate withEpochSnapshots(long budgetBytes) {
        return withEpochSnapshots(budgetBytes, new File(System.getProperty("java.io.tmpdir")).getUsableSpace());
    }

    /** Weights of kept epoch models held in memory (each counted once; native and Java copies add twice this). */
    public long snapshotMemoryBytes() {
        return snapshotMemoryBytes;
    }

    /** Weights of kept epoch models written to the temporary file. */
    public long snapshotDiskBytes() {
        return snapshotDiskBytes;
    }

    /** The estimate for a prepared run. */
    public static TrainingEstimate of(PreparedData prepared) {
        EvalSet validation = prepared.validation();
        return of(prepared.config(), prepared.vocabulary().size(), prepared.train(),
                validation.isEmpty() ? List.of() : validation.prefixes());
    }

    /**
     * The estimate for training {@code config} on {@code train}.
     *
     * @param items              output classes (the vocabulary's size)
     * @param train              training sequences as item ids (as {@link PreparedData#train()})
     * @param validationPrefixes the prefixes evaluated after every epoch (at most max-length long), in order
     */
    public static TrainingEstimate of(ModelConfig config, int items, List<int[]> train, List<int[]> validationPrefixes) {
        long e = config.embeddingDim();
        long u = config.units();
        long v = items;
        long embedding = (v + 1) * e;
        long lstm = 4 * u * (e + u) + 4 * u;
        long output = u * v + v;
        long parameters = embedding + lstm + output;
        boolean windows = config.formulation() == Formulation.WINDOWS;
        // windows: the full network's parameters, the body's parameters, gradients and Adam's two
        // moments, the head's moments, scratch and gradient, a best-epoch snapshot; prefixes: DL4J's
        // parameters, gradients, two moments and the snapshot
        long persistent = 4 * (windows ? 6 * parameters : 5 * parameters);
        double trainRate = TRAIN_FLOPS_PER_SECOND_PER_THREAD * threads(config);
        double evalRate = EVAL_FLOPS_PER_SECOND_PER_THREAD * threads(config);

        Minibatches batches = new Minibatches(train, config);
        batches.shuffle(new Random(config.seed()));
        double lstmFlopsPerRow = 2.0 * 4 * u * (e + u);
        double trainSeconds = 0;
        long maxMb = 0;
        long maxSteps = 0;
        Set<Long> rowCounts = new HashSet<>();
        for (int b = 0; b < batches.batches(); b++) {
            long mb = batches.rows(b);
            long steps = batches.steps(b);
            long rows = mb * steps;
            long headRows = windows ? rows : mb;
            // forward, forward again in backprop, backward (twice a forward); softmax forward and two backward GEMMs
            double flops = 4 * lstmFlopsPerRow * rows + 6.0 * headRows * u * v;
            trainSeconds += steps * (windows ? SECONDS_PER_TRAINING_STEP : SECONDS_PER_PREFIX_STEP) + flops / trainRate;
            rowCounts.add(headRows);
            maxMb = Math.max(maxMb, mb);
            maxSteps = Math.max(maxSteps, steps);
        }
        // every epoch is shuffled anew: sooner or later the longest window lands in a full minibatch
        long maxRows = maxMb * maxSteps;
        long trainPeak = (long) (4 * maxRows * (TRAIN_FLOATS_PER_UNIT * u + TRAIN_FLOATS_PER_DIM * e))
                + 4 * (windows ? maxRows : maxMb) * v;
        // the head keeps a [rows, items] and a [rows, units] buffer for every row count it has seen (here: in
        // the first epoch; later epochs can add more)
        long headBuffers = 0;
        if (windows) {
            rowCounts.add(maxRows);
            for (long r : rowCounts) {
                headBuffers += 4 * r * (v + u);
            }
        }

        List<Integer> evalSteps = new ArrayList<>();
        List<Integer> evalSizes = new ArrayList<>();
        evaluationBatches(config, validationPrefixes, evalSizes, evalSteps);
        accuracySampleBatches(config, train, batches.targets(), evalSizes, evalSteps);
        double evalSeconds = 0;
        long evalPeak = 0;
        for (int i = 0; i < evalSizes.size(); i++) {
            long n = evalSizes.get(i);
            long steps = evalSteps.get(i);
            long rows = n * steps;
            evalSeconds += steps * SECONDS_PER_INFERENCE_STEP + (lstmFlopsPerRow * rows + 2.0 * n * u * v) / evalRate;
            long activations = (long) (4 * rows * (EVAL_FLOATS_PER_UNIT * u + EVAL_FLOATS_PER_DIM * e));
            evalPeak = Math.max(evalPeak, activations + 4 * 3 * n * v);
        }
        // Java arrays: the evaluator's scores, a minibatch's inputs, masks and targets
        long heap = 4L * Math.min(Evaluator.BATCH, Math.max(1, validationPrefixes.size())) * v + 4 * 3 * maxRows;
        return new TrainingEstimate(config, parameters, persistent + headBuffers, trainPeak, evalPeak, heap,
                trainSeconds, evalSeconds);
    }

    private static int threads(ModelConfig config) {
        return config.threads() > 0 ? config.threads() : NativeThreads.automatic();
    }

    /** Batches of {@link Evaluator#BATCH} prefixes as the scorer sees them: the longest prefix, or max-length when padded. */
    private static void evaluationBatches(ModelConfig config, List<int[]> prefixes, List<Integer> sizes,
                                          List<Integer> steps) {
        boolean padded = InputLayout.of(config) != InputLayout.UNPADDED;
        for (int start = 0; start < prefixes.size(); start += Evaluator.BATCH) {
            int end = Math.min(prefixes.size(), start + Evaluator.BATCH);
            int longest = 1;
            for (int i = start; i < end; i++) {
                longest = Math.max(longest, Math.min(config.maxLength(), prefixes.get(i).length));
            }
            sizes.add(end - start);
            steps.add(padded ? config.maxLength() : longest);
        }
    }

    /** The training-accuracy sample after every epoch, every batch taken as long as the longest prefix can be. */
    private static void accuracySampleBatches(ModelConfig config, List<int[]> train, long targets, List<Integer> sizes,
                                              List<Integer> steps) {
        int longest = 1;
        for (int[] s : train) {
            longest = Math.max(longest, s.length - 1);
        }
        int step = InputLayout.of(config) != InputLayout.UNPADDED ? config.maxLength()
                : Math.min(config.maxLength(), longest);
        long n = Math.min(Trainer.ACCURACY_SAMPLE, targets);
        for (long start = 0; start < n; start += Evaluator.BATCH) {
            sizes.add((int) Math.min(Evaluator.BATCH, n - start));
            steps.add(step);
        }
    }

    /** Weights of the network (embedding, LSTM, softmax). */
    public long parameters() {
        return parameters;
    }

    /** Native memory for the whole run: parameters and optimiser state, and the larger of a training minibatch's and an evaluation batch's working memory. */
    public long workingBytes() {
        return persistentBytes + snapshotMemoryBytes + Math.max(trainingBytes, evaluationBytes);
    }

    /** The process's estimated peak resident memory: {@link #workingBytes()}, the runtime and the Java arrays. */
    public long peakBytes() {
        return RUNTIME_BYTES + workingBytes() + heapBytes();
    }

    /** Java heap the run needs beyond the runtime's own. */
    public long heapBytes() {
        return heapBytes + snapshotMemoryBytes;
    }

    /** Seconds of one epoch: training and the evaluation after it. */
    public double secondsPerEpoch() {
        return trainingSeconds + evaluationSeconds;
    }

    /** Seconds of the evaluation after every epoch (validation and the training-accuracy sample). */
    public double evaluationSeconds() {
        return evaluationSeconds;
    }

    Dominant dominant() {
        long params = 4L * parameters * 5;
        if (params >= trainingBytes && params >= evaluationBytes) {
            return Dominant.PARAMETERS;
        }
        return trainingBytes >= evaluationBytes ? Dominant.TRAINING : Dominant.EVALUATION;
    }

    /** One line, such as "estimate: 1.2 M parameters, ~900 MB memory at peak, ~25 s per epoch (evaluation 4 s)". */
    public String summary() {
        String snapshots = snapshotMemoryBytes + snapshotDiskBytes == 0 ? ""
                : String.format(Locale.ROOT, "; the epochs' models kept for looking back: %s in memory%s",
                bytes(2 * snapshotMemoryBytes), snapshotDiskBytes == 0 ? ""
                        : ", " + bytes(snapshotDiskBytes) + " in a temporary file");
        return String.format(Locale.ROOT, "estimate: %s parameters, ~%s memory at peak, ~%s per epoch (of which"
                + " evaluation %s)%s", count(parameters), bytes(peakBytes()), duration(secondsPerEpoch()),
                duration(evaluationSeconds), snapshots);
    }

    /** Whether the run fits the limits. */
    public Verdict check(MemoryLimits limits) {
        List<String> warnings = new ArrayList<>();
        long peak = peakBytes();
        if (peak * LOWEST_MEASURED_RATIO > limits.processBytes()) {
            return new Verdict(false, List.of(), String.format(Locale.ROOT, "this run needs about %s of memory,"
                    + " more than the %s this process may use (%s): %s (%s)", bytes(peak),
                    bytes(limits.processBytes()), limits.source(), lowerHint(), summary()));
        }
        if (heapBytes() > limits.heapBytes() / 2) {
            return new Verdict(false, List.of(), String.format(Locale.ROOT, "this run needs about %s of Java heap,"
                    + " more than the %s the JVM may use: start it with a larger -Xmx, or %s (%s)", bytes(heapBytes()),
                    bytes(limits.heapBytes()), lowerHint(), summary()));
        }
        if (peak > WARN_SHARE * limits.processBytes() || peak > limits.availableBytes()) {
            warnings.add(String.format(Locale.ROOT, "warning: this run may not fit in memory (about %s; %s may be"
                    + " used, %s is available now): %s", bytes(peak), bytes(limits.processBytes()),
                    bytes(limits.availableBytes()), lowerHint()));
        }
        if (snapshotDiskBytes > tempUsableBytes) {
            warnings.add(String.format(Locale.ROOT, "warning: the epochs' models kept for looking back need about %s"
                    + " in a temporary file, more than the %s free there: fewer epochs are kept", bytes(snapshotDiskBytes),
                    bytes(tempUsableBytes)));
        }
        if (secondsPerEpoch() > LONG_EPOCH_SECONDS) {
            warnings.add(String.format(Locale.ROOT, "warning: an epoch will take about %s (%d epoch(s) at most): %s",
                    duration(secondsPerEpoch()), config.epochs(), lowerHint()));
        }
        return new Verdict(true, warnings, "");
    }

    /**
     * Whether a run may start.
     *
     * @param fits     false when the run cannot fit: it must not start
     * @param warnings lines to show before it starts (may be empty)
     * @param refusal  why it cannot fit, with the estimate and the settings to lower (empty when it fits)
     */
    public record Verdict(boolean fits, List<String> warnings, String refusal) {
        public Verdict {
            warnings = List.copyOf(warnings);
        }
    }

    private String lowerHint() {
        String units = setting(Hyperparameter.UNITS);
        String dim = setting(Hyperparameter.EMBEDDING_DIM);
        String maxLen = setting(Hyperparameter.MAX_LEN);
        return switch (dominant()) {
            case TRAINING -> "lower " + setting(Hyperparameter.BATCH_SIZE) + ", " + maxLen + " or " + units;
            case EVALUATION -> "lower " + maxLen + ", " + units + " or " + dim;
            case PARAMETERS -> "lower " + units + " or " + dim + ", or raise " + setting(Hyperparameter.MIN_ITEM_FREQUENCY)
                    + " so that rare items share one id";
        };
    }

    private String setting(Hyperparameter h) {
        return h.key() + " (now " + h.text(config) + ")";
    }

    static String count(long n) {
        if (n >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f G", n / 1e9);
        }
        return n >= 100_000 ? String.format(Locale.ROOT, "%.1f M", n / 1e6) : String.format(Locale.ROOT, "%,d", n);
    }

    static String bytes(long b) {
        double mb = b / (double) (1L << 20);
        if (mb < 1024) {
            return String.format(Locale.ROOT, "%.0f MB", Math.max(1, mb));
        }
        return String.format(Locale.ROOT, "%.1f GB", mb / 1024);
    }

    static String duration(double seconds) {
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", Math.max(1, seconds));
        }
        if (seconds < 90 * 60) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
