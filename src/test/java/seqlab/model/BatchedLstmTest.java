package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import seqlab.data.ItemLabels;
import seqlab.data.SyntheticSequences;

class BatchedLstmTest {

    private static TrainedModel train(ModelConfig.Builder config) {
        PreparedData prepared = PreparedData.prepare(SyntheticSequences.generate(60, 15, 6, 3), ItemLabels.none(),
                config.epochs(1).maxLength(5).units(12).embeddingDim(6).seenItems(SeenItems.RANK).build(), null);
        return new Trainer(prepared).train(TrainingListener.none(), () -> false).model();
    }

    @Test
    void givesTheNetworksProbabilitiesForPrefixesOfEveryLengthInEveryInputLayout() {
        List<TrainedModel> models = List.of(train(ModelConfig.builder()),
                train(ModelConfig.builder().formulation(Formulation.PREFIXES).padding(Padding.PRE)),
                train(ModelConfig.builder().formulation(Formulation.PREFIXES).padding(Padding.POST)));
        Random random = new Random(5);
        for (TrainedModel m : models) {
            List<int[]> prefixes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int[] p = new int[1 + random.nextInt(m.config().maxLength())];
                for (int j = 0; j < p.length; j++) {
                    p[j] = random.nextInt(m.vocabulary().size());
                }
                prefixes.add(p);
            }
            float[] expected = m.scorer().scoreBatch(prefixes);
            float[] actual = new float[expected.length];
            new BatchedLstm(m.network(), m.config()).scoreBatch(prefixes, actual);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], 1e-6, m.config().formulation() + " " + m.config().padding()
                        + " at " + i);
            }
        }
    }
}
