package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

class MinibatchesTest {

    private static final List<int[]> SEQUENCES = List.of(new int[]{1, 2, 3}, new int[]{4, 2, 5, 1, 3},
            new int[]{1, 2}, new int[]{1, 2, 4, 5, 2, 3, 1});

    @Test
    void windowsCoverEveryTargetOnceWithLabelsAlignedToTheFlattenedOutputRows() {
        ModelConfig config = ModelConfig.builder().maxLength(4).batchSize(3).build();
        Minibatches batches = new Minibatches(SEQUENCES, config);
        assertEquals(2 + 4 + 1 + 6, batches.targets());
        MultiLayerNetwork net = NetworkFactory.create(config, 5);
        LstmInference inference = LstmInference.of(net);
        batches.shuffle(new Random(1));
        int targets = 0;
        for (int b = 0; b < batches.batches(); b++) {
            Minibatches.Batch batch = batches.batch(b);
            DataSet ds = batch.data();
            int mb = (int) ds.getFeatures().size(0);
            int steps = (int) ds.getFeatures().size(1);
            INDArray out = net.output(ds.getFeatures(), false, ds.getFeaturesMaskArray(), null);
            for (int r = 0; r < mb; r++) {
                for (int j = 0; j < steps; j++) {
                    if (ds.getFeaturesMaskArray().getFloat(r, j) == 0) {
                        continue;
                    }
                    int row = Minibatches.flatRow(r, j, mb);
                    assertEquals(1f, ds.getLabelsMaskArray().getFloat(row, 0));
                    int[] prefix = new int[j + 1];
                    for (int k = 0; k <= j; k++) {
                        prefix[k] = (int) ds.getFeatures().getFloat(r, k);
                    }
                    float[] expected = inference.probabilities(prefix);
                    for (int c = 0; c < 5; c++) {
                        assertEquals(expected[c], out.getFloat(row, c), 1e-5, "window " + r + " step " + j);
                    }
                    targets++;
                }
            }
        }
        assertEquals(batches.targets(), targets);
    }

    @Test
    void prefixesKeepTheMostRecentItemsAndPadOnTheChosenSide() {
        for (Padding padding : Padding.values()) {
            ModelConfig config = ModelConfig.builder().maxLength(3).batchSize(100)
                    .formulation(Formulation.PREFIXES).padding(padding).build();
            Minibatches batches = new Minibatches(List.of(new int[]{1, 2, 3, 4, 5}), config);
            DataSet ds = batches.batch(0).data();
            assertEquals(4, ds.getFeatures().size(0));
            float[] last = ds.getFeatures().getRow(3).toFloatVector();
            assertEquals(5f, ds.getLabels().getFloat(3, 0) + 1);
            assertEquals(List.of(2f, 3f, 4f), List.of(last[0], last[1], last[2]));
            float[] first = ds.getFeatures().getRow(0).toFloatVector();
            float[] expectedFirst = padding == Padding.PRE ? new float[]{0, 0, 1} : new float[]{1, 0, 0};
            assertEquals(java.util.Arrays.toString(expectedFirst), java.util.Arrays.toString(first));
        }
    }
}
