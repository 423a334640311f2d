package seqlab.model;

import java.util.List;

/** Probabilities of a trained model computed two ways, for tests that check one against the other. */
final class ModelProbes {

    private ModelProbes() {
    }

    /** From the fast plain-Java path prediction uses, for a prefix of class indices. */
    static float[] fastPath(TrainedModel model, int[] classPrefix) {
        int[] ids = new int[classPrefix.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = classPrefix[i] + 1;
        }
        return LstmInference.of(model.network())
                .probabilities(InputLayout.of(model.config()).arrange(ids, model.config().maxLength()));
    }

    /** From the network itself (ND4J). */
    static float[] network(TrainedModel model, int[] classPrefix) {
        return model.scorer().scoreBatch(List.of(classPrefix));
    }
}
