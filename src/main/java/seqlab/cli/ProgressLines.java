package seqlab.cli;

import java.io.PrintStream;

import seqlab.model.TrainingPlan;

/** The progress every training command prints to stderr: what the run will do, then a minibatch line every 15 s. */
final class ProgressLines {

    private static final long INTERVAL_NANOS = 15_000_000_000L;

    private final PrintStream err;
    private long lastProgress;
    private boolean printed;

    ProgressLines(PrintStream err) {
        this.err = err;
    }

    /** The plan: targets, minibatches, epochs, items, threads, the validation baselines and the stopping rule. */
    void plan(TrainingPlan plan) {
        err.printf("training: %,d targets in %,d minibatches per epoch, %d epochs, %,d items, %d native thread(s)%n",
                plan.targetsPerEpoch(), plan.batchesPerEpoch(), plan.epochs(), plan.items(), plan.threads());
        plan.validationBaselines().forEach((name, r) -> err.printf("validation %s: hr@10 %.4f, mrr@10 %.4f%n",
                name, r.hr(10), r.mrr(10)));
        err.println(plan.stoppingNote());
    }

    /** A line for the first minibatch, then one whenever the last line is 15 s old. */
    void batch(int epoch, int batch, int batches) {
        long now = System.nanoTime();
        if (!printed || now - lastProgress > INTERVAL_NANOS) {
            printed = true;
            lastProgress = now;
            err.printf("  epoch %d: minibatch %d/%d%n", epoch, batch, batches);
        }
    }
}
