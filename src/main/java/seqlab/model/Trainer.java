package seqlab.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import seqlab.data.DataFingerprint;
import seqlab.data.SequenceHashes;

import seqlab.eval.EvalSet;
import seqlab.eval.Evaluator;
import seqlab.eval.FollowerCounts;
import seqlab.eval.HeldOutSequence;
import seqlab.eval.MetricsReport;
import seqlab.eval.Scorer;

/**
 * The training loop: an explicit epoch loop over streamed minibatches that reports every epoch
 * to a {@link TrainingListener} and stops between minibatches when asked. Validation and test
 * data never reach {@code fit}.
 */
public final class Trainer {

    /** Training targets sampled to estimate the training accuracy after each epoch. */
    static final int ACCURACY_SAMPLE = 2048;

    private final PreparedData prepared;
    private final Continuation from;
    private FollowerCounts followers;
    private DataFingerprint fingerprint;

    /** A trainer for prepared data. */
    public Trainer(PreparedData prepared) {
        this(prepared, null);
    }

    /**
     * A trainer that goes on from {@code from} for the epochs of the prepared data's config (see
     * {@link Continuation} for what carries over and when the result equals one longer run).
     *
     * @param from null to train a new model
     * @throws IllegalArgumentException when the model's items are not those of the prepared data
     */
    public Trainer(PreparedData prepared, Continuation from) {
        String mismatch = from == null ? null : from.itemMismatch(prepared.vocabulary());
        if (mismatch != null) {
            throw new IllegalArgumentException(mismatch);
        }
        this.prepared = prepared;
        this.from = from;
    }

    /**
     * Trains.
     *
     * @param listener hears every minibatch and epoch (on this thread)
     * @param stop     polled between minibatches; when it returns true training ends and the model
     *                 is kept as it is
     * @return the model, how the run ended and, when the training loss diverged while staying finite
     *         (see {@link LossDivergence}), a warning
     * @throws TrainingException when the loss becomes NaN or infinite
     */
    public TrainingOutcome train(TrainingListener listener, BooleanSupplier stop) {
        return train(listener, TrainingControl.stoppingWhen(stop));
    }

    /**
     * Trains under a control that can pause, step and stop it from another thread.
     *
     * @param listener hears every minibatch and epoch (on this thread)
     * @param control  asked before every minibatch (where a pause waits) and told after every epoch;
     *                 after a stop training ends and the model is kept as it is
     * @return as {@link #train(TrainingListener, BooleanSupplier)}
     * @throws TrainingException when the loss becomes NaN or infinite
     */
    public TrainingOutcome train(TrainingListener listener, TrainingControl control) {
        ModelConfig config = prepared.config();
        int threads = NativeThreads.apply(config.threads());
        Nd4j.getRandom().setSeed(config.seed());
        TrainingStep step = TrainingStep.of(config, prepared.vocabulary().size());
        int done = from == null ? 0 : from.epochs();
        int last = done + config.epochs();
        if (from != null) {
            step.resume(from.model().params(), from.state());
        }
        Minibatches batches = new Minibatches(prepared.train(), config);
        Evaluator evaluator = new Evaluator(Evaluator.DEFAULT_KS, prepared.excludedClass(), prepared.excludesSeen());
        boolean validating = !prepared.validation().isEmpty();
        Map<String, MetricsReport> baselines = new LinkedHashMap<>();
        if (validating) {
            baselines.put("popularity", evaluator.evaluate(prepared.popularity(), prepared.validation()));
            baselines.put("markov", evaluator.evaluate(prepared.markov(), prepared.validation()));
        }
        listener.onStart(new TrainingPlan(last, batches.batches(), batches.targets(),
                prepared.vocabulary().size(), prepared.split().note(), baselines, threads, stoppingNote(config, validating)));
        EvalSet accuracySample = trainingSample(config);
        Random random = new Random(config.seed());
        for (int e = 0; e < done; e++) {
            batches.shuffle(random); // the orders of the epochs already trained
        }
        List<EpochMetrics> history = new ArrayList<>(from == null ? List.of() : from.model().history());
        EarlyStopping stopping = new EarlyStopping(config.monitor(), config.patience());
        LearningRates rates = new LearningRates(config.schedule(), config.learningRate(), last);
        double rate = rates.first();
        if (from != null && from.state() != null && Double.isFinite(from.state().learningRate())) {
            rate = from.state().learningRate();
            rates.resumeAt(rate);
        }
        boolean previousImproved = true;
        INDArray best = null;
        LossDivergence divergence = new LossDivergence(prepared.vocabulary().size());
        boolean stopped = false;
        boolean stoppedEarly = false;
        for (int epoch = done + 1; epoch <= last && !stopped && !stoppedEarly; epoch++) {
            if (epoch > 1) {
                rate = rates.next(epoch, previousImproved);
                step.learningRate(rate);
            }
            batches.shuffle(random);
            long start = System.nanoTime();
            double lossSum = 0;
            long targets = 0;
            SmoothedLoss smoothed = new SmoothedLoss();
            for (int b = 0; b < batches.batches(); b++) {
                if (!control.beforeMinibatch(epoch, b, batches.batches())) {
                    stopped = true;
                    break;
                }
                Minibatches.Batch batch = batches.batch(b);
                double loss = step.fit(batch, epoch - 1) / batch.targets();
                if (!Double.isFinite(loss)) {
                    throw new TrainingException("the loss became " + loss + " in epoch " + epoch + ", minibatch "
                            + (b + 1) + ": lower the learning rate (now " + rate + ")");
                }
                lossSum += loss * batch.targets();
                targets += batch.targets();
                listener.onBatchEnd(epoch, b + 1, batches.batches());
                smoothed.observe(epoch, b + 1, batches.batches(), loss, listener);
            }
            if (stopped) {
                break;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Scorer lstm = step.scorer();
            MetricsReport val = validating ? evaluator.evaluate(lstm, prepared.validation()) : null;
            MetricsReport acc = accuracySample.isEmpty() ? null : evaluator.evaluate(lstm, accuracySample);
            double trainLoss = lossSum / targets;
            boolean improved = false;
            if (validating) {
                improved = stopping.observe(epoch, stopping.value(val.loss(), val.values()));
                previousImproved = improved;
                if (improved) {
                    NativeArrays.close(best);
                    best = step.snapshot();
                }
            }
            EpochMetrics m = new EpochMetrics(epoch, last, trainLoss,
                    acc == null ? Double.NaN : acc.hr(1), val == null ? Double.NaN : val.loss(),
                    val == null ? Map.of() : val.values(), seconds, targets / seconds, targets, rate, improved);
            history.add(m);
            divergence.observe(epoch, trainLoss, rate);
            listener.onEpochEnd(m);
            if (listener.keepsEpochs()) {
                listener.onEpochModel(m, epochModel(step, config, history));
            }
            stoppedEarly = stopping.shouldStop();
            control.epochEnded();
        }
        // after Stop the weights hold part of an epoch; otherwise they are the last epoch's
        OptimizerState optimizer = step.optimizerState().withLearningRate(rate);
        if (best != null && (stopped || stopping.bestEpoch() != history.get(history.size() - 1).epoch())) {
            step.restore(best);
        }
        NativeArrays.close(best);
        String note = keptNote(history, done, stopping, stopped, stoppedEarly, best != null);
        TrainedModel model = new TrainedModel(step.network(), config, prepared.vocabulary(), prepared.labels(),
                prepared.popularity(), prepared.markov(), history, Map.of(), fingerprint());
        Map<String, MetricsReport> test = new LinkedHashMap<>();
        if (!prepared.test().isEmpty()) {
            for (Scorer s : model.scorers()) {
                test.put(s.name(), evaluator.evaluate(s, prepared.test()));
            }
        }
        int kept = EpochMetrics.bestEpoch(history);
        String warning = divergence.warning(kept, history.stream().filter(e -> e.epoch() == kept)
                .mapToDouble(EpochMetrics::trainLoss).findFirst().orElse(Double.NaN));
        return new TrainingOutcome(model.withResults(history, test)
                .withTrainingSequences(SequenceHashes.of(prepared.split().train()))
                .withFollowers(followers()), stopped, stoppedEarly, note, warning, optimizer);
    }

    private TrainedModel epochModel(TrainingStep step, ModelConfig config, List<EpochMetrics> history) {
        INDArray params = step.snapshot();
        try {
            MultiLayerNetwork copy = new MultiLayerNetwork(step.network().getLayerWiseConfigurations().clone());
            copy.init(params, false);
            return new TrainedModel(copy, config, prepared.vocabulary(), prepared.labels(), prepared.popularity(),
                    prepared.markov(), List.copyOf(history), Map.of(), fingerprint()).withFollowers(followers());
        } catch (RuntimeException e) {
            NativeArrays.close(params);
            throw e;
        }
    }

    /** What followed in the training part, counted once per run: every epoch's model explains with it. */
    private FollowerCounts followers() {
        if (followers == null) {
            followers = prepared.followers();
        }
        return followers;
    }

    private DataFingerprint fingerprint() {
        if (fingerprint == null) {
            fingerprint = DataFingerprint.of(prepared.data());
        }
        return fingerprint;
    }

    private static String stoppingNote(ModelConfig config, boolean validating) {
        String metric = EarlyStopping.name(config.monitor());
        if (!validating) {
            return "no validation data: the last epoch is kept and the learning rate does not change (early"
                    + " stopping and the plateau schedule need validation data)";
        }
        return config.patience() > 0
                ? String.format("early stopping: after %d epoch(s) without a better %s, training ends; the best"
                    + " epoch's weights are kept", config.patience(), metric)
                : "the epoch with the best " + metric + " is kept (no early stopping: patience 0)";
    }

    private static String keptNote(List<EpochMetrics> history, int done, EarlyStopping stopping, boolean stopped,
                                   boolean stoppedEarly, boolean keptBest) {
        if (!keptBest) {
            if (history.size() == done) {
                return done == 0 ? "stopped before the first epoch ended: the model is as initialised"
                        : "stopped before epoch " + (done + 1) + " ended: the model is as it was continued";
            }
            int last = history.get(history.size() - 1).epoch();
            return stopped ? "stopped during epoch " + (last + 1) + ": the model is as it was when stopped"
                    : "kept the last epoch (" + last + ")";
        }
        int last = history.get(history.size() - 1).epoch();
        String kept = "kept epoch " + stopping.bestEpoch() + " (best " + stopping.describeBest() + ")";
        if (stoppedEarly) {
            return "stopped early after epoch " + last + "; " + kept;
        }
        return stopped ? "stopped during epoch " + (last + 1) + "; " + kept : kept;
    }

    private EvalSet trainingSample(ModelConfig config) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < prepared.train().size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(config.seed()));
        List<HeldOutSequence> seqs = new ArrayList<>();
        long targets = 0;
        for (int i : order) {
            int[] s = prepared.train().get(i);
            if (targets >= 4L * ACCURACY_SAMPLE) {
                break;
            }
            if (s.length >= 2) {
                targets += s.length - 1;
                List<String> ids = new ArrayList<>(s.length);
                for (int id : s) {
                    ids.add(Integer.toString(id));
                }
                seqs.add(new HeldOutSequence(ids, 1));
            }
        }
        int rare = prepared.vocabulary().rareId();
        EvalSet all = EvalSet.of(seqs, t -> {
            int id = Integer.parseInt(t);
            return id == rare ? -1 : id - 1;
        }, config.maxLength());
        return all.sample(ACCURACY_SAMPLE, config.seed());
    }
}
