package seqlab.ui.training;

import seqlab.model.EpochMetrics;
import seqlab.ui.common.UiText;

public final class EpochLog {

    private EpochLog() {
    }

    public static String line(EpochMetrics m) {
        StringBuilder s = new StringBuilder(UiText.format("training.log.epoch", m.epoch(), m.epochs(), m.trainLoss(),
                m.trainAccuracy()));
        if (!Double.isNaN(m.validationLoss())) {
            s.append(UiText.format("training.log.validationLoss", m.validationLoss()));
        }
        for (String k : new String[] {"hr@1", "hr@10", "mrr@10", "ndcg@10"}) {
            double v = m.val(k);
            if (!Double.isNaN(v)) {
                s.append(UiText.format("training.log.metric", k, v));
            }
        }
        if (!Double.isNaN(m.learningRate())) {
            s.append(UiText.format("training.log.learningRate",
                    String.format(UiText.language().locale(), "%.2g", m.learningRate())));
        }
        s.append(UiText.format("training.log.speed", m.seconds(), m.targetsPerSecond()));
        if (m.improved()) {
            s.append(UiText.get("training.log.best"));
        }
        return s.toString();
    }
}
