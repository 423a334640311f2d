package seqlab.ui.training;

import java.util.Locale;

import seqlab.model.EpochMetrics;

public final class EpochLog {

    private EpochLog() {
    }

    public static String line(EpochMetrics m) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "epoch %d/%d  loss %.4f  acc %.4f",
                m.epoch(), m.epochs(), m.trainLoss(), m.trainAccuracy()));
        if (!Double.isNaN(m.validationLoss())) {
            s.append(String.format(Locale.ROOT, "  val loss %.4f", m.validationLoss()));
        }
        for (String k : new String[] {"hr@1", "hr@10", "mrr@10", "ndcg@10"}) {
            double v = m.val(k);
            if (!Double.isNaN(v)) {
                s.append(String.format(Locale.ROOT, "  %s %.4f", k, v));
            }
        }
        if (!Double.isNaN(m.learningRate())) {
            s.append(String.format(Locale.ROOT, "  lr %.2g", m.learningRate()));
        }
        s.append(String.format(Locale.ROOT, "  %.1f s  %,.0f targets/s", m.seconds(), m.targetsPerSecond()));
        if (m.improved()) {
            s.append("  best so far");
        }
        return s.toString();
    }
}
