package io.nexuszero.crypto.engine.ring;

/**
 * Negacyclic number-theoretic transform over Z_q[X]/(X^n + 1) for one (n, q), with precomputed twiddles.
 *
 * <p>Forward transform (Cooley–Tukey, natural-order input) maps a polynomial a to the vector whose entry i is
 * a(ζ^(2·brv(i)+1)), where ζ is {@link #root()}, the smallest primitive 2n-th root of unity mod q, and brv reverses
 * log2(n) bits — the layout of FIPS 204 (ML-DSA). The inverse (Gentleman–Sande) is its exact inverse. Both work in
 * place on coefficients in [0, q) and leave them in [0, q). All loops and table indexes depend only on n, never on the
 * data, and reductions are branch-free, so the running time is independent of the (possibly secret) coefficients.
 *
 * <p>Instances are immutable and thread-safe; obtain them through {@link Ring#ntt()}.
 */
public final class Ntt {

    private final int n;
    private final int q;
    private final long root;
    private final Montgomery mont;
    /** zetas[i] = ζ^brv(i) · 2^32 mod q for i = 1 .. n-1 (Montgomery form, bit-reversed order); zetas[0] unused. */
    private final int[] zetas;
    /** 2^32 mod q: Montgomery-multiplying by it is the identity, used to fully reduce lazily reduced values. */
    private final int rModQ;
    /** True when q is small enough for the lazy forward transform (see {@link #forward}). */
    private final boolean lazyForward;
    /** True when q is small enough for the lazy inverse transform (values in [0, 2q), 4q &lt; 2^31). */
    private final boolean lazyInverse;
    /** 2^32 / n mod q: the final scaling of the exact inverse. */
    private final int inverseScale;
    /** 2^64 / n mod q: the final scaling when the input carries an extra 2^-32 factor from Montgomery products. */
    private final int inverseScaleFromMontgomery;

    Ntt(int n, int q, Montgomery mont) {
        this.n = n;
        this.q = q;
        this.mont = mont;
        this.root = ModularMath.smallestPrimitiveRootOfUnity(q, 2 * n);
        int logN = Integer.numberOfTrailingZeros(n);
        this.zetas = new int[n];
        long r = (1L << 32) % q;
        for (int i = 1; i < n; i++) {
            long plain = ModularMath.powMod(root, Integer.reverse(i) >>> (32 - logN), q);
            zetas[i] = (int) (plain * r % q);
        }
        this.rModQ = (int) r;
        // lazy butterflies keep |a| < (levels + 1)·q <= 13q; that must fit an int and keep |zeta·a| < q·2^31
        this.lazyForward = 13L * q < (1L << 31);
        this.lazyInverse = 4L * q < (1L << 31);
        long nInverse = ModularMath.inverseModPrime(n, q);
        this.inverseScale = (int) (nInverse * r % q);
        this.inverseScaleFromMontgomery = (int) (nInverse * r % q * r % q);
    }

    /** The ring degree n. */
    public int degree() {
        return n;
    }

    /** The modulus q. */
    public int modulus() {
        return q;
    }

    /** ζ: the smallest primitive 2n-th root of unity mod q used by this transform (1753 for q = 8380417, n = 256). */
    public long root() {
        return root;
    }

    /** Returns ζ^brv(i) mod q (plain, not Montgomery form), the twiddle FIPS 204 lists as zetas[i]; 1 <= i < n. */
    public int zeta(int i) {
        if (i < 1 || i >= n) {
            throw new IndexOutOfBoundsException("zeta index must be in [1, n)");
        }
        return mont.normalize(mont.reduce(zetas[i]));
    }

    /** In-place forward NTT of n coefficients in [0, q); output in [0, q), in bit-reversed evaluation order. */
    public void forward(int[] a) {
        checkLength(a);
        if (lazyForward) {
            forwardLazy(a);
            return;
        }
        int k = 0;
        for (int len = n >> 1; len > 0; len >>= 1) {
            for (int start = 0; start < n; start += 2 * len) {
                int zeta = zetas[++k];
                for (int j = start; j < start + len; j++) {
                    int t = mont.multiply(zeta, a[j + len]);
                    a[j + len] = mont.subtract(a[j], t);
                    a[j] = mont.add(a[j], t);
                }
            }
        }
    }

    /**
     * Forward NTT with lazy reduction (as in the Dilithium reference code): butterflies skip the conditional
     * corrections, each level grows |a| by less than q, and one final Montgomery pass by 2^32 mod q brings every
     * value back to [0, q). Valid when 13q &lt; 2^31 (at most 12 levels).
     */
    private void forwardLazy(int[] a) {
        final long modulus = q;
        final int qInverse = mont.qInverse();
        int k = 0;
        for (int len = n >> 1; len > 1; len >>= 1) {
            for (int start = 0; start < n; start += 2 * len) {
                long zeta = zetas[++k];
                for (int j = start; j < start + len; j++) {
                    long product = zeta * a[j + len];
                    int t = (int) ((product - (long) ((int) product * qInverse) * modulus) >> 32); // Montgomery reduce
                    a[j + len] = a[j] - t;
                    a[j] = a[j] + t;
                }
            }
        }
        // last level (len = 1) fused with the final reduction to [0, q): saves one pass over the array
        final long r = rModQ;
        for (int j = 0; j < n; j += 2) {
            long product = zetas[++k] * (long) a[j + 1];
            int t = (int) ((product - (long) ((int) product * qInverse) * modulus) >> 32);
            int hi = a[j] - t;
            int lo = a[j] + t;
            long x = r * lo;
            long y = r * hi;
            int xr = (int) ((x - (long) ((int) x * qInverse) * modulus) >> 32);
            int yr = (int) ((y - (long) ((int) y * qInverse) * modulus) >> 32);
            a[j] = xr + ((xr >> 31) & q);
            a[j + 1] = yr + ((yr >> 31) & q);
        }
    }

    /** In-place exact inverse of {@link #forward}: inverse(forward(a)) == a. */
    public void inverse(int[] a) {
        inverseWithScale(a, inverseScale);
    }

    /**
     * In-place inverse NTT of values that carry a factor 2^-32 (as produced by {@link #pointwiseMontgomery}): the
     * result is the exact coefficient vector, so a sum of Montgomery products needs only one final correction.
     */
    public void inverseFromMontgomery(int[] a) {
        inverseWithScale(a, inverseScaleFromMontgomery);
    }

    private void inverseWithScale(int[] a, int scale) {
        checkLength(a);
        if (lazyInverse) {
            inverseLazy(a, scale);
            return;
        }
        int k = n;
        for (int len = 1; len < n; len <<= 1) {
            for (int start = 0; start < n; start += 2 * len) {
                int zeta = q - zetas[--k];
                for (int j = start; j < start + len; j++) {
                    int t = a[j];
                    a[j] = mont.add(t, a[j + len]);
                    a[j + len] = mont.multiply(zeta, mont.subtract(t, a[j + len]));
                }
            }
        }
        for (int j = 0; j < n; j++) {
            a[j] = mont.multiply(scale, a[j]);
        }
    }

    /**
     * Inverse NTT with Harvey-style lazy butterflies: values stay in [0, 2q); the sum needs one masked subtraction of
     * 2q, the difference x − y + 2q ∈ (0, 4q) goes straight into a Montgomery reduction (result + q ∈ (0, 2q)).
     * Valid when 4q &lt; 2^31.
     */
    private void inverseLazy(int[] a, int scale) {
        final long modulus = q;
        final int twoQ = 2 * q;
        final int qInverse = mont.qInverse();
        int k = n;
        int half = n >> 1;
        // first level (len = 1) without the inner loop's overhead
        for (int j = 0; j < n; j += 2) {
            long zeta = q - zetas[--k];
            int x = a[j];
            int y = a[j + 1];
            int sum = x + y - twoQ;
            a[j] = sum + ((sum >> 31) & twoQ);
            long product = zeta * (x - y + twoQ);
            a[j + 1] = (int) ((product - (long) ((int) product * qInverse) * modulus) >> 32) + q;
        }
        for (int len = 2; len < half; len <<= 1) {
            for (int start = 0; start < n; start += 2 * len) {
                long zeta = q - zetas[--k];
                for (int j = start; j < start + len; j++) {
                    int x = a[j];
                    int y = a[j + len];
                    int sum = x + y - twoQ;
                    a[j] = sum + ((sum >> 31) & twoQ);
                    long product = zeta * (x - y + twoQ);
                    a[j + len] = (int) ((product - (long) ((int) product * qInverse) * modulus) >> 32) + q;
                }
            }
        }
        // last level (len = n/2, twiddle −zetas[1]) fused with the final scaling: the twiddle is pre-multiplied by
        // the scale, the sum is scaled directly; both results are fully reduced to [0, q)
        long scaledZeta = mont.multiply(q - zetas[--k], scale);
        long s = scale;
        for (int j = 0; j < half; j++) {
            int x = a[j];
            int y = a[j + half];
            long sum = s * (x + y);
            long diff = scaledZeta * (x - y + twoQ);
            int sr = (int) ((sum - (long) ((int) sum * qInverse) * modulus) >> 32);
            int dr = (int) ((diff - (long) ((int) diff * qInverse) * modulus) >> 32);
            a[j] = sr + ((sr >> 31) & q);
            a[j + half] = dr + ((dr >> 31) & q);
        }
    }

    /** out[i] = a[i]·b[i] mod q (exact), for NTT-domain vectors in [0, q); out may alias a or b. */
    public void pointwise(int[] a, int[] b, int[] out) {
        checkLength(a);
        checkLength(b);
        checkLength(out);
        int r2 = mont.rSquared();
        for (int i = 0; i < n; i++) {
            out[i] = mont.multiply(mont.multiply(a[i], b[i]), r2);
        }
    }

    /**
     * acc[i] = acc[i] + a[i]·b[i]·2^-32 mod q: one Montgomery reduction per product; finish a sum of such products
     * with {@link #inverseFromMontgomery} (coefficient domain) or {@link #fromMontgomery} (NTT domain).
     */
    public void pointwiseMontgomeryAccumulate(int[] a, int[] b, int[] acc) {
        checkLength(a);
        checkLength(b);
        checkLength(acc);
        for (int i = 0; i < n; i++) {
            acc[i] = mont.add(acc[i], mont.multiply(a[i], b[i]));
        }
    }

    /**
     * out[i] = Σ_j a[j][i]·b[j][i]·2^-32 mod q in [0, q): an inner product of NTT-domain vectors with the same
     * 2^-32 factor as {@link #pointwiseMontgomeryAccumulate}. When count·q &lt; 2^31 the exact products are summed in a
     * long (|sum| &lt; count·q² &lt; q·2^31) and reduced once per coefficient.
     */
    void dotMontgomery(int[][] a, int[][] b, int[] out) {
        checkLength(out);
        int count = a.length;
        if ((long) count * q < (1L << 31)) {
            long[] sum = new long[n];
            for (int j = 0; j < count; j++) {
                int[] x = a[j];
                int[] y = b[j];
                for (int i = 0; i < n; i++) {
                    sum[i] += (long) x[i] * y[i];
                }
            }
            for (int i = 0; i < n; i++) {
                out[i] = mont.normalize(mont.reduce(sum[i]));
            }
            return;
        }
        java.util.Arrays.fill(out, 0);
        for (int j = 0; j < count; j++) {
            pointwiseMontgomeryAccumulate(a[j], b[j], out);
        }
    }

    /** out[i] = a[i]·b[i]·2^-32 mod q (see {@link #pointwiseMontgomeryAccumulate}). */
    public void pointwiseMontgomery(int[] a, int[] b, int[] out) {
        checkLength(a);
        checkLength(b);
        checkLength(out);
        for (int i = 0; i < n; i++) {
            out[i] = mont.multiply(a[i], b[i]);
        }
    }

    /** In place, removes the 2^-32 factor left by Montgomery products: a[i] = a[i]·2^32 mod q. */
    public void fromMontgomery(int[] a) {
        checkLength(a);
        int r2 = mont.rSquared();
        for (int i = 0; i < n; i++) {
            a[i] = mont.multiply(a[i], r2);
        }
    }

    private void checkLength(int[] a) {
        if (a.length != n) {
            throw new IllegalArgumentException("expected " + n + " coefficients, got " + a.length);
        }
    }
}
