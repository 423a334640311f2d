package seqlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class EmbeddingProjectionTest {

    private static double[] xs(EmbeddingProjection p) {
        double[] out = new double[p.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.x(i);
        }
        return out;
    }

    private static double[] ys(EmbeddingProjection p) {
        double[] out = new double[p.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.y(i);
        }
        return out;
    }

    /** Points t * direction + offset in 3D, direction (1, 2, 2) / 3. */
    private static float[][] line(double... ts) {
        float[][] v = new float[ts.length][];
        for (int i = 0; i < ts.length; i++) {
            double t = ts[i];
            v[i] = new float[] {(float) (t / 3 + 5), (float) (2 * t / 3 - 1), (float) (2 * t / 3 + 0.5)};
        }
        return v;
    }

    @Test
    void pointsOnALineLieOnTheFirstAxisWithAllTheVariance() {
        double[] ts = {-3, -1, 0, 2, 4.5, 7};
        EmbeddingProjection p = EmbeddingProjection.of(line(ts));
        assertEquals(1.0, p.explainedShare(0), 1e-6);
        assertEquals(0.0, p.explainedShare(1), 1e-6);
        double mean = java.util.Arrays.stream(ts).average().orElseThrow();
        for (int i = 0; i < ts.length; i++) {
            // the largest loading (2/3, the second dimension on the tie with the third) is made positive
            assertEquals(ts[i] - mean, p.x(i), 1e-5, "point " + i);
            assertEquals(0.0, p.y(i), 1e-5, "point " + i);
        }
    }

    /** A cross with variance 4.5 along (3, 4, 0) / 5 and 0.5 along (0, 0, 1), shifted. */
    private static float[][] cross() {
        double[][] plane = {{3, 0}, {-3, 0}, {0, 1}, {0, -1}};
        float[][] v = new float[plane.length][];
        for (int i = 0; i < plane.length; i++) {
            double a = plane[i][0];
            double b = plane[i][1];
            v[i] = new float[] {(float) (0.6 * a + 2), (float) (0.8 * a - 7), (float) (b + 1)};
        }
        return v;
    }

    @Test
    void aKnownMatrixGivesItsPrincipalComponentsAndVarianceShares() {
        EmbeddingProjection p = EmbeddingProjection.of(cross());
        assertEquals(0.9, p.explainedShare(0), 1e-6);
        assertEquals(0.1, p.explainedShare(1), 1e-6);
        assertArrayEquals(new double[] {3, -3, 0, 0}, xs(p), 1e-5);
        assertArrayEquals(new double[] {0, 0, 1, -1}, ys(p), 1e-5);
        assertTrue(p.axesArePrincipalComponents());
        assertFalse(p.aligned());
    }

    @Test
    void fewerItemsThanDimensionsStillGiveTheLeadingComponents() {
        // 5 items of 32 numbers (the toy model): the covariance has rank 4, fewer than the iteration's block of 6;
        // the nearly dependent columns once made the axes mixtures (x 33% of the variance, y 36%)
        for (int[] shape : new int[][] {{5, 32}, {3, 8}, {2, 40}}) {
            float[][] v = random(shape[0], shape[1], 11);
            double[][] c = new double[shape[1]][shape[1]];
            double[] mean = new double[shape[1]];
            for (float[] row : v) {
                for (int j = 0; j < shape[1]; j++) {
                    mean[j] += row[j] / (double) shape[0];
                }
            }
            for (float[] row : v) {
                for (int i = 0; i < shape[1]; i++) {
                    for (int j = 0; j < shape[1]; j++) {
                        c[i][j] += (row[i] - mean[i]) * (row[j] - mean[j]);
                    }
                }
            }
            double[][] axes = EmbeddingProjection.leadingEigenvectors(c);
            double previous = Double.POSITIVE_INFINITY;
            for (double[] axis : axes) {
                double[] cv = new double[axis.length];
                double lambda = 0;
                for (int i = 0; i < axis.length; i++) {
                    for (int j = 0; j < axis.length; j++) {
                        cv[i] += c[i][j] * axis[j];
                    }
                    lambda += axis[i] * cv[i];
                }
                double residual = 0;
                for (int i = 0; i < axis.length; i++) {
                    residual += (cv[i] - lambda * axis[i]) * (cv[i] - lambda * axis[i]);
                }
                assertTrue(Math.sqrt(residual) < 1e-9 * Math.max(lambda, 1), java.util.Arrays.toString(shape)
                        + ": not an eigenvector (residual " + Math.sqrt(residual) + ")");
                assertTrue(lambda <= previous + 1e-12, "components in order");
                previous = lambda;
            }
            EmbeddingProjection p = EmbeddingProjection.of(v);
            assertTrue(p.explainedShare(0) >= p.explainedShare(1), p.explainedShare(0) + " < " + p.explainedShare(1));
        }
    }

    @Test
    void theSameVectorsGiveTheSameMapBitForBit() {
        float[][] v = random(500, 16, 3);
        EmbeddingProjection a = EmbeddingProjection.of(v);
        EmbeddingProjection b = EmbeddingProjection.of(v);
        assertArrayEquals(xs(a), xs(b), 0);
        assertArrayEquals(ys(a), ys(b), 0);
    }

    @Test
    void aSmallChangeOfTheVectorsDoesNotFlipTheMap() {
        float[][] v = random(400, 8, 4);
        float[][] w = new float[v.length][];
        Random noise = new Random(5);
        for (int i = 0; i < v.length; i++) {
            w[i] = v[i].clone();
            for (int j = 0; j < w[i].length; j++) {
                w[i][j] += (float) (0.01 * noise.nextGaussian());
            }
        }
        EmbeddingProjection a = EmbeddingProjection.of(v);
        EmbeddingProjection b = EmbeddingProjection.of(w);
        assertTrue(correlation(xs(a), xs(b)) > 0.99);
        assertTrue(correlation(ys(a), ys(b)) > 0.99);
    }

    /** Points along (cos, sin) of an angle in 2D: PC1 is that direction. */
    private static float[][] along(double angle) {
        float[][] v = new float[5][];
        for (int i = 0; i < v.length; i++) {
            double t = i - 2;
            double s = i % 2 == 0 ? 0.1 : -0.1;
            v[i] = new float[] {(float) (t * Math.cos(angle) - s * Math.sin(angle)),
                (float) (t * Math.sin(angle) + s * Math.cos(angle))};
        }
        return v;
    }

    @Test
    void signsFollowThePreviousMapWhereTheLargestLoadingAloneWouldFlipThem() {
        // PC1 along (0.70, -0.71): its largest loading is the second, so the map's x runs against t;
        // a little turn later PC1 is along (0.71, -0.70) and x runs with t: the rule alone flips the map
        EmbeddingProjection before = EmbeddingProjection.of(along(Math.atan2(-0.714, 0.700)));
        EmbeddingProjection after = EmbeddingProjection.of(along(Math.atan2(-0.700, 0.714)));
        assertTrue(correlation(xs(before), xs(after)) < -0.99, "flipped by the loading rule");
        EmbeddingProjection aligned = EmbeddingProjection.of(along(Math.atan2(-0.700, 0.714)), before,
                EmbeddingProjection.Alignment.SIGNS);
        assertTrue(aligned.aligned());
        assertTrue(aligned.axesArePrincipalComponents());
        assertArrayEquals(xs(before), xs(aligned), 1e-5);
        assertArrayEquals(ys(before), ys(aligned), 1e-5);
    }

    @Test
    void rotationAlignsAMapWhoseAxesSwappedPlaces() {
        // symmetric points (diagonal covariance), a bit wider than high; squeezing x makes them higher than wide,
        // so PC1 turns from x to y: the closest orthogonal map of the squeezed points is the squeezed points
        double[][] plane = {{1.3, 0}, {-1.3, 0}, {0, 1}, {0, -1}, {0.5, 0.6}, {-0.5, 0.6}, {0.5, -0.6}, {-0.5, -0.6}};
        float[][] wide = new float[plane.length][];
        float[][] high = new float[plane.length][];
        for (int i = 0; i < plane.length; i++) {
            wide[i] = new float[] {(float) plane[i][0], (float) plane[i][1]};
            high[i] = new float[] {(float) (plane[i][0] / 1.2), (float) plane[i][1]};
        }
        EmbeddingProjection before = EmbeddingProjection.of(wide);
        assertArrayEquals(new double[] {1.3, -1.3, 0, 0, 0.5, -0.5, 0.5, -0.5}, xs(before), 1e-5);
        EmbeddingProjection rotated = EmbeddingProjection.of(high, before, EmbeddingProjection.Alignment.ROTATION);
        assertFalse(rotated.axesArePrincipalComponents());
        for (int i = 0; i < plane.length; i++) {
            assertEquals(plane[i][0] / 1.2, rotated.x(i), 1e-5, "x of point " + i);
            assertEquals(plane[i][1], rotated.y(i), 1e-5, "y of point " + i);
        }
        double total = 0;
        for (float[] p : high) {
            total += p[0] * p[0] + p[1] * p[1];
        }
        assertEquals(variance(xs(rotated)) * plane.length / total, rotated.explainedShare(0), 1e-6);
        EmbeddingProjection signs = EmbeddingProjection.of(high, before, EmbeddingProjection.Alignment.SIGNS);
        assertTrue(correlation(ys(signs), xs(before)) > 0.9 || correlation(ys(signs), xs(before)) < -0.9,
                "without rotation the squeezed map has its axes swapped");
    }

    @Test
    void aMapOfOtherItemsIsNotAligned() {
        EmbeddingProjection before = EmbeddingProjection.of(cross());
        EmbeddingProjection p = EmbeddingProjection.of(line(1, 2, 3), before, EmbeddingProjection.Alignment.SIGNS);
        assertFalse(p.aligned());
    }

    @Test
    void identicalOrSingleOrNoVectorsGiveAFlatMap() {
        EmbeddingProjection same = EmbeddingProjection.of(new float[][] {{1, 2}, {1, 2}, {1, 2}});
        assertArrayEquals(new double[] {0, 0, 0}, xs(same), 0);
        assertEquals(0, same.explainedShare(0));
        assertEquals(0, EmbeddingProjection.of(new float[0][]).size());
        EmbeddingProjection oneDimension = EmbeddingProjection.of(new float[][] {{1}, {3}});
        assertArrayEquals(new double[] {-1, 1}, xs(oneDimension), 1e-9);
        assertArrayEquals(new double[] {0, 0}, ys(oneDimension), 0);
        assertEquals(1.0, oneDimension.explainedShare(0), 1e-9);
    }

    static float[][] random(int n, int d, long seed) {
        Random r = new Random(seed);
        float[][] v = new float[n][d];
        for (float[] row : v) {
            for (int j = 0; j < d; j++) {
                // unequal spreads so the components are well separated
                row[j] = (float) (r.nextGaussian() * (d - j));
            }
        }
        return v;
    }

    private static double variance(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return s / a.length;
    }

    private static double correlation(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }
}
