package seqlab.model;

import java.util.Random;

/**
 * A deterministic 2D map of vectors by principal component analysis: the vectors are centred and projected on
 * the two leading eigenvectors of their covariance matrix (found by subspace iteration on the {@code d x d}
 * covariance, so the cost is one pass over the vectors plus iterations on a matrix of the vectors' size).
 *
 * <p>An eigenvector's sign is arbitrary; each is fixed so that its loading of largest magnitude is positive
 * (the lower dimension on ties), so the same vectors always give the same map. Maps of successive training
 * epochs can further be made comparable by {@link Alignment aligning} them to the previous map of the same
 * items.
 */
public final class EmbeddingProjection {

    /** How a map is matched to the previous map of the same items. */
    public enum Alignment {
        /** Each axis is flipped when that points it the way the previous map's axis points; axes stay PC1 and PC2. */
        SIGNS("axes flipped to match the previous map"),
        /**
         * The map is rotated or reflected as a whole to lie closest to the previous one (orthogonal Procrustes);
         * the axes are then mixtures of PC1 and PC2.
         */
        ROTATION("rotated to match the previous map (Procrustes)");

        private final String description;

        Alignment(String description) {
            this.description = description;
        }

        /** A short phrase for captions. */
        public String description() {
            return description;
        }
    }

    private static final int BLOCK = 6;
    private static final int MAX_ITERATIONS = 1_000;
    private static final double TOLERANCE = 1e-8;

    private final double[] x;
    private final double[] y;
    private final double[] share;
    private final boolean aligned;
    private final Alignment alignment;

    private EmbeddingProjection(double[] x, double[] y, double total, boolean aligned, Alignment alignment) {
        this.x = x;
        this.y = y;
        this.share = new double[] {variance(x) / total, variance(y) / total};
        if (total <= 0) {
            share[0] = 0;
            share[1] = 0;
        }
        this.aligned = aligned;
        this.alignment = alignment;
    }

    /** The principal-component map of {@code vectors} (rows of equal length), signs fixed by the largest loading. */
    public static EmbeddingProjection of(float[][] vectors) {
        return of(vectors, null, Alignment.SIGNS);
    }

    /**
     * The principal-component map of {@code vectors}, aligned to {@code previous} when that is a map of as many
     * vectors (the same items in the same order, which the caller ensures); otherwise as {@link #of(float[][])}.
     *
     * @param previous  the map shown before, or null
     * @param alignment how to align to it
     */
    public static EmbeddingProjection of(float[][] vectors, EmbeddingProjection previous, Alignment alignment) {
        int n = vectors.length;
        int d = n == 0 ? 0 : vectors[0].length;
        double[] mean = new double[d];
        for (float[] v : vectors) {
            for (int j = 0; j < d; j++) {
                mean[j] += v[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= Math.max(n, 1);
        }
        double[][] covariance = covariance(vectors, mean);
        double total = 0;
        for (int j = 0; j < d; j++) {
            total += covariance[j][j];
        }
        double[][] axes = leadingEigenvectors(covariance);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred[j] = vectors[i][j] - mean[j];
            }
            x[i] = dot(centred, axes[0]);
            y[i] = dot(centred, axes[1]);
        }
        boolean comparable = previous != null && previous.size() == n && n > 0;
        if (comparable && alignment == Alignment.SIGNS) {
            flipToMatch(x, previous.x);
            flipToMatch(y, previous.y);
        } else if (comparable) {
            rotateToMatch(x, y, previous.x, previous.y);
        }
        return new EmbeddingProjection(x, y, total, comparable, alignment);
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }

    /** Horizontal coordinate of point {@code i}. */
    public double x(int i) {
        return x[i];
    }

    /** Vertical coordinate of point {@code i}. */
    public double y(int i) {
        return y[i];
    }

    /**
     * The share of the vectors' total variance along an axis of this map (0 = horizontal, 1 = vertical), in
     * [0, 1]; for an unrotated map the share of PC1 and PC2. 0 when the vectors do not vary.
     */
    public double explainedShare(int axis) {
        return share[axis];
    }

    /** Whether this map was aligned to a previous map. */
    public boolean aligned() {
        return aligned;
    }

    /** The alignment asked for (applied only when {@link #aligned()}). */
    public Alignment alignment() {
        return alignment;
    }

    /** Whether the axes are principal components themselves (not rotated mixtures of them). */
    public boolean axesArePrincipalComponents() {
        return !(aligned && alignment == Alignment.ROTATION);
    }

    private static double[][] covariance(float[][] vectors, double[] mean) {
        int d = mean.length;
        double[][] c = new double[d][d];
        double[] centred = new double[d];
        for (float[] v : vectors) {
            for (int j = 0; j < d; j++) {
                centred[j] = v[j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                double ca = centred[a];
                double[] row = c[a];
                for (int b = a; b < d; b++) {
                    row[b] += ca * centred[b];
                }
            }
        }
        int n = Math.max(vectors.length, 1);
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                c[a][b] /= n;
                c[b][a] = c[a][b];
            }
        }
        return c;
    }

    /**
     * The two leading unit eigenvectors of a symmetric positive semi-definite matrix (zero vectors where the
     * matrix has fewer dimensions), by subspace iteration with a Rayleigh-Ritz step, from a fixed start.
     */
    static double[][] leadingEigenvectors(double[][] c) {
        int d = c.length;
        int p = Math.min(d, BLOCK);
        double[][] result = {new double[d], new double[d]};
        if (p == 0) {
            return result;
        }
        Random random = new Random(20261202L);
        double[][] q = new double[p][d];
        for (double[] column : q) {
            for (int j = 0; j < d; j++) {
                column[j] = random.nextGaussian();
            }
        }
        orthonormalise(q);
        double[][] z = new double[p][d];
        double[][] ritz = null;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            for (int k = 0; k < p; k++) {
                multiply(c, q[k], z[k]);
            }
            double[][] b = new double[p][p];
            for (int k = 0; k < p; k++) {
                for (int l = k; l < p; l++) {
                    b[k][l] = dot(q[k], z[l]);
                    b[l][k] = b[k][l];
                }
            }
            Eigen small = Eigen.of(b);
            ritz = new double[Math.min(p, 2)][];
            double worst = 0;
            double scale = Math.max(Math.abs(small.values[0]), Double.MIN_NORMAL);
            for (int r = 0; r < ritz.length; r++) {
                double[] u = combine(q, small.vectors[r]);
                double[] cu = combine(z, small.vectors[r]);
                double residual = 0;
                for (int j = 0; j < d; j++) {
                    double e = cu[j] - small.values[r] * u[j];
                    residual += e * e;
                }
                worst = Math.max(worst, Math.sqrt(residual) / scale);
                ritz[r] = u;
            }
            if (worst <= TOLERANCE || small.values[0] == 0) {
                break;
            }
            double[][] swap = q;
            q = z;
            z = swap;
            orthonormalise(q);
        }
        for (int r = 0; r < ritz.length; r++) {
            result[r] = fixSign(normalised(ritz[r]));
        }
        return result;
    }

    /**
     * Modified Gram-Schmidt, twice (one pass leaves a nearly dependent column far from orthogonal once it is
     * rescaled); a column that is (nearly) dependent on the earlier ones becomes zero. Embeddings of fewer items
     * than the block has columns make such columns: their covariance has a smaller rank.
     */
    private static void orthonormalise(double[][] columns) {
        for (int k = 0; k < columns.length; k++) {
            double[] v = columns[k];
            double before = Math.sqrt(dot(v, v));
            for (int pass = 0; pass < 2; pass++) {
                for (int l = 0; l < k; l++) {
                    double r = dot(columns[l], v);
                    for (int j = 0; j < v.length; j++) {
                        v[j] -= r * columns[l][j];
                    }
                }
            }
            double norm = Math.sqrt(dot(v, v));
            boolean independent = norm > 1e-10 * before && norm > 1e-300;
            for (int j = 0; j < v.length; j++) {
                v[j] = independent ? v[j] / norm : 0;
            }
        }
    }

    private static double[] normalised(double[] v) {
        double norm = Math.sqrt(dot(v, v));
        if (norm == 0) {
            return v;
        }
        for (int j = 0; j < v.length; j++) {
            v[j] /= norm;
        }
        return v;
    }

    /** Makes the loading of largest magnitude positive (the lowest dimension on ties). */
    static double[] fixSign(double[] v) {
        int largest = 0;
        for (int j = 1; j < v.length; j++) {
            if (Math.abs(v[j]) > Math.abs(v[largest])) {
                largest = j;
            }
        }
        if (v.length > 0 && v[largest] < 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] = -v[j];
            }
        }
        return v;
    }

    private static void flipToMatch(double[] axis, double[] previous) {
        if (dot(axis, previous) < 0) {
            for (int i = 0; i < axis.length; i++) {
                axis[i] = -axis[i];
            }
        }
    }

    /**
     * Rotates or reflects the points (x, y) about the origin to lie closest, in squared distance, to the previous
     * points: the 2D orthogonal Procrustes problem, solved in closed form from M = [x y]^T [px py].
     */
    private static void rotateToMatch(double[] x, double[] y, double[] px, double[] py) {
        double m11 = dot(x, px);
        double m12 = dot(x, py);
        double m21 = dot(y, px);
        double m22 = dot(y, py);
        double rotation = Math.hypot(m11 + m22, m21 - m12);
        double reflection = Math.hypot(m11 - m22, m12 + m21);
        double[][] r;
        if (rotation >= reflection) {
            double t = Math.atan2(m21 - m12, m11 + m22);
            r = new double[][] {{Math.cos(t), -Math.sin(t)}, {Math.sin(t), Math.cos(t)}};
        } else {
            double t = Math.atan2(m21 + m12, m11 - m22);
            r = new double[][] {{Math.cos(t), Math.sin(t)}, {Math.sin(t), -Math.cos(t)}};
        }
        for (int i = 0; i < x.length; i++) {
            double a = x[i];
            double b = y[i];
            x[i] = a * r[0][0] + b * r[1][0];
            y[i] = a * r[0][1] + b * r[1][1];
        }
    }

    private static double variance(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static void multiply(double[][] m, double[] v, double[] out) {
        for (int a = 0; a < m.length; a++) {
            out[a] = dot(m[a], v);
        }
    }

    private static double[] combine(double[][] columns, double[] weights) {
        double[] out = new double[columns[0].length];
        for (int k = 0; k < columns.length; k++) {
            for (int j = 0; j < out.length; j++) {
                out[j] += weights[k] * columns[k][j];
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }

    /** Eigenvalues (largest first) and eigenvectors of a small symmetric matrix, by cyclic Jacobi rotations. */
    private record Eigen(double[] values, double[][] vectors) {

        static Eigen of(double[][] matrix) {
            int p = matrix.length;
            double[][] a = new double[p][];
            double[][] v = new double[p][p];
            for (int i = 0; i < p; i++) {
                a[i] = matrix[i].clone();
                v[i][i] = 1;
            }
            for (int sweep = 0; sweep < 100; sweep++) {
                double off = 0;
                for (int i = 0; i < p; i++) {
                    for (int j = i + 1; j < p; j++) {
                        off += a[i][j] * a[i][j];
                    }
                }
                if (off < 1e-300) {
                    break;
                }
                for (int i = 0; i < p; i++) {
                    for (int j = i + 1; j < p; j++) {
                        if (a[i][j] == 0) {
                            continue;
                        }
                        double theta = (a[j][j] - a[i][i]) / (2 * a[i][j]);
                        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                        if (theta == 0) {
                            t = 1;
                        }
                        double c = 1 / Math.sqrt(t * t + 1);
                        double s = t * c;
                        for (int k = 0; k < p; k++) {
                            double aki = a[k][i];
                            double akj = a[k][j];
                            a[k][i] = c * aki - s * akj;
                            a[k][j] = s * aki + c * akj;
                        }
                        for (int k = 0; k < p; k++) {
                            double aik = a[i][k];
                            double ajk = a[j][k];
                            a[i][k] = c * aik - s * ajk;
                            a[j][k] = s * aik + c * ajk;
                        }
                        for (int k = 0; k < p; k++) {
                            double vki = v[k][i];
                            double vkj = v[k][j];
                            v[k][i] = c * vki - s * vkj;
                            v[k][j] = s * vki + c * vkj;
                        }
                    }
                }
            }
            Integer[] order = new Integer[p];
            for (int i = 0; i < p; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (i, j) -> Double.compare(a[j][j], a[i][i]));
            double[] values = new double[p];
            double[][] vectors = new double[p][p];
            for (int r = 0; r < p; r++) {
                values[r] = a[order[r]][order[r]];
                for (int k = 0; k < p; k++) {
                    vectors[r][k] = v[k][order[r]];
                }
            }
            return new Eigen(values, vectors);
        }
    }
}
