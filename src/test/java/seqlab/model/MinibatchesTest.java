package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class MinibatchesTest {

    private static final List<int[]> SEQUENCES = List.of(new int[]{1, 2, 3}, new int[]{4, 2, 5, 1, 3},
            new int[]{1, 2}, new int[]{1, 2, 4, 5, 2, 3, 1});

    @Test
    void windowsCoverEveryTargetOnceWithTargetsAlignedToTheHiddenRows() {
        ModelConfig config = ModelConfig.builder().maxLength(4).batchSize(3).build();
        Minibatches batches = new Minibatches(SEQUENCES, config);
        assertEquals(2 + 4 + 1 + 6, batches.targets());
        WindowStep step = new WindowStep(config, 5);
        LstmInference inference = LstmInference.of(step.network());
        var out = step.network().getLayer(NetworkFactory.OUTPUT);
        batches.shuffle(new Random(1));
        int targets = 0;
        for (int b = 0; b < batches.batches(); b++) {
            Minibatches.Batch batch = batches.batch(b);
            DataSet ds = batch.data();
            int mb = (int) ds.getFeatures().size(0);
            int steps = (int) ds.getFeatures().size(1);
            INDArray rows = step.hiddenRows(ds, false);
            INDArray probabilities = Transforms.softmax(rows.mmul(out.getParam("W")).addiRowVector(out.getParam("b")), true);
            for (int r = 0; r < mb; r++) {
                for (int j = 0; j < steps; j++) {
                    int target = batch.rowTargets()[r * steps + j];
                    if (ds.getFeaturesMaskArray().getFloat(r, j) == 0) {
                        assertEquals(-1, target);
                        continue;
                    }
                    int[] prefix = new int[j + 1];
                    for (int k = 0; k <= j; k++) {
                        prefix[k] = (int) ds.getFeatures().getFloat(r, k);
                    }
                    int next = ds.getFeatures().getFloat(r, Math.min(j + 1, steps - 1)) > 0 && j + 1 < steps
                            && ds.getFeaturesMaskArray().getFloat(r, j + 1) > 0
                            ? (int) ds.getFeatures().getFloat(r, j + 1) : -1;
                    if (next > 0) {
                        assertEquals(next - 1, target, "the target is the next input");
                    }
                    float[] expected = inference.probabilities(prefix);
                    for (int c = 0; c < 5; c++) {
                        assertEquals(expected[c], probabilities.getFloat(r * steps + j, c), 1e-5,
                                "window " + r + " step " + j);
                    }
                    targets++;
                }
            }
        }
        assertEquals(batches.targets(), targets);
    }

    @Test
    void windowGradientsEqualThoseOfDl4jsOwnOutputLayer() {
        ModelConfig config = ModelConfig.builder().maxLength(4).batchSize(4).dropout(0).weightDecay(0).build(); // dropout draws different masks in the two networks; DL4J's score includes the decay term
        Minibatches batches = new Minibatches(SEQUENCES, config);
        WindowStep step = new WindowStep(config, 5);
        MultiLayerNetwork reference = step.network().clone();
        Minibatches.Batch batch = batches.batch(0);
        DataSet ds = batch.data();
        int mb = (int) ds.getFeatures().size(0);
        int steps = (int) ds.getFeatures().size(1);
        // DL4J's RnnToFeedForwardPreProcessor flattens time-major: step j of window r is row j * mb + r
        float[] labels = new float[mb * steps];
        float[] labelMask = new float[mb * steps];
        for (int r = 0; r < mb; r++) {
            for (int j = 0; j < steps; j++) {
                int t = batch.rowTargets()[r * steps + j];
                if (t >= 0) {
                    labels[j * mb + r] = t;
                    labelMask[j * mb + r] = 1;
                }
            }
        }
        reference.setInput(ds.getFeatures());
        reference.setLabels(Nd4j.create(labels, new long[]{(long) mb * steps, 1}, DataType.FLOAT));
        reference.setLayerMaskArrays(ds.getFeaturesMaskArray(),
                Nd4j.create(labelMask, new long[]{(long) mb * steps, 1}, DataType.FLOAT));
        reference.computeGradientAndScore();
        Map<String, INDArray> expected = reference.gradient().gradientForVariable();

        WindowStep.Gradients actual = step.gradients(batch);
        // DL4J's score averages over all mb * steps rows and its gradient is the sum (its updater
        // divides by the batch size); SeqLab's gradient is the mean over the targets
        double scale = batch.targets();
        assertEquals(reference.score(), actual.head().lossSum() / (mb * steps), 1e-5);
        assertClose(expected.get("2_W"), actual.head().weightGradient().mul(scale));
        assertClose(expected.get("2_b"), actual.head().biasGradient().mul(scale));
        Map<String, INDArray> body = actual.body().gradientForVariable();
        for (String key : new String[]{"0_W", "1_W", "1_RW", "1_b"}) {
            assertClose(expected.get(key), body.get(key).mul(scale));
        }
    }

    private static void assertClose(INDArray expected, INDArray actual) {
        float[] e = expected.dup('c').data().asFloat();
        float[] a = actual.reshape(expected.shape()).dup('c').data().asFloat();
        assertEquals(e.length, a.length);
        double max = 0;
        for (float v : e) {
            max = Math.max(max, Math.abs(v));
        }
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], 1e-4 * Math.max(1e-3, max), "element " + i);
        }
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
