package io.nexuszero.crypto.engine.ring;

/**
 * Negacyclic number-theoretic transform over Z_q[X]/(X^n + 1) for one (n, q), with precomputed twiddles.
 *
 * <p>X^n + 1 splits mod q into {@link #slots()} = K factors X^d − r_j of degree d = n/K, where K is the largest power
 * of two ≤ n with q ≡ 1 (mod 2K). When K = n (q ≡ 1 mod 2n) the transform is complete and products are pointwise;
 * when K &lt; n it stops after log2 K levels (as Kyber's stops at degree 2) and products multiply each block of d
 * values modulo X^d − r_j ("base multiplication"). Partial splitting is what makes short challenge differences
 * invertible (Lyubashevsky–Seiler, see docs/CRYPTO.md), so the proofs' presets use it.
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
    /** K: number of factors X^d − r_j of X^n + 1 mod q. */
    private final int slots;
    /** d = n / K: degree of each factor, the block length of NTT-domain values. */
    private final int slotDegree;
    /** r_j = ζ^(2·brv(j)+1) for block j (plain values), the constant of the block's factor X^d − r_j. */
    private final long[] slotRoots;
    /** Reduction of the base multiplication's 64-bit sums. */
    private final Barrett wideReduction;
    /**
     * Products a·b (each ≤ (q − 1)²) an unsigned 64-bit sum of the base multiplication may take on top of a reduced
     * value (&lt; q) before it must be reduced again: ⌊(2^64 − q) / (q − 1)²⌋, at least 3 for any q &lt; 2^31 (256 for
     * the presets' q &lt; 2^28).
     */
    private final int productsPerReduction;
    /**
     * Whole block products (at most d products per sum) the sums may take between reductions; 0 when not even one
     * fits (q close to 2^31 with a large d), and then the sums are reduced row by row.
     */
    private final int termsPerReduction;
    private final long root;
    private final Montgomery mont;
    /** zetas[i] = ζ^brv(i) · 2^32 mod q for i = 1 .. n-1 (Montgomery form, bit-reversed order); zetas[0] unused. */
    private final int[] zetas;
    /** −zetas[i] mod q, the inverse transform's twiddles, so its butterflies need no negation. */
    private final int[] negatedZetas;
    /** round(2^32 / q): the Barrett constant that fully reduces the forward transform's lazy outputs. */
    private final long barrett;
    /** True when q is small enough for the lazy forward transform (see {@link #forward}). */
    private final boolean lazyForward;
    /** True when q is small enough for the lazy inverse transform (values in [0, 2q), 4q &lt; 2^31). */
    private final boolean lazyInverse;
    /** 2^32 / n mod q: the final scaling of the exact inverse. */
    private final int inverseScale;
    /** 2^64 / n mod q: the final scaling when the input carries an extra 2^-32 factor from Montgomery products. */
    private final int inverseScaleFromMontgomery;

    Ntt(int n, int q, Montgomery mont, Barrett wideReduction) {
        this.n = n;
        this.q = q;
        this.mont = mont;
        this.slots = splitting(n, q);
        this.slotDegree = n / slots;
        this.root = ModularMath.smallestPrimitiveRootOfUnity(q, 2 * slots);
        int logK = Integer.numberOfTrailingZeros(slots);
        this.zetas = new int[slots];
        long r = (1L << 32) % q;
        for (int i = 1; i < slots; i++) {
            long plain = ModularMath.powMod(root, Integer.reverse(i) >>> (32 - logK), q);
            zetas[i] = (int) (plain * r % q);
        }
        this.negatedZetas = new int[slots];
        for (int i = 1; i < slots; i++) {
            negatedZetas[i] = q - zetas[i];
        }
        this.slotRoots = new long[slots];
        for (int j = 0; j < slots; j++) {
            int brv = logK == 0 ? 0 : Integer.reverse(j) >>> (32 - logK);
            slotRoots[j] = ModularMath.powMod(root, 2L * brv + 1, q);
        }
        this.wideReduction = wideReduction;
        long square = (long) (q - 1) * (q - 1);
        this.productsPerReduction = (int) Math.min(Integer.MAX_VALUE, Long.divideUnsigned(-1L - (q - 1), square));
        this.termsPerReduction = productsPerReduction / slotDegree;
        this.barrett = ((1L << 33) / q + 1) >> 1;
        // lazy butterflies keep |a| < (levels + 1)·q <= 13q; that must fit an int and keep |zeta·a| < q·2^31
        this.lazyForward = slots == n && 13L * q < (1L << 31);
        this.lazyInverse = slots == n && 4L * q < (1L << 31);
        long nInverse = ModularMath.inverseModPrime(slots, q);
        this.inverseScale = (int) (nInverse * r % q);
        this.inverseScaleFromMontgomery = (int) (nInverse * r % q * r % q);
    }

    /**
     * K, the number of irreducible factors X^d − r_j of X^n + 1 mod q: the largest power of two K ≤ n with
     * q ≡ 1 (mod 2K) (Lyubashevsky–Seiler: for q ≡ 2K + 1 (mod 4K) the binomials are irreducible).
     *
     * @throws IllegalArgumentException if q ≢ 1 (mod 4): then X^n + 1 has no binomial factorisation
     */
    public static int splitting(int n, int q) {
        int twoAdic = Integer.numberOfTrailingZeros(q - 1);
        if (twoAdic < 2) {
            throw new IllegalArgumentException("modulus must be congruent to 1 mod 4");
        }
        return Math.min(n, 1 << (twoAdic - 1));
    }

    /** K: the number of factors X^d − r_j of X^n + 1 (n when the transform is complete). */
    public int slots() {
        return slots;
    }

    /** d = n / K: the degree of each factor (1 when the transform is complete). */
    public int slotDegree() {
        return slotDegree;
    }

    /** Block products the base multiplication's sums take between reductions (0: reduced row by row); for tests. */
    int termsPerReduction() {
        return termsPerReduction;
    }

    /** r_j (plain value): block j of an NTT-domain vector holds a mod (X^d − r_j). */
    public long slotRoot(int j) {
        return slotRoots[j];
    }

    /** The ring degree n. */
    public int degree() {
        return n;
    }

    /** The modulus q. */
    public int modulus() {
        return q;
    }

    /**
     * ζ: the smallest primitive 2K-th root of unity mod q used by this transform (1753 for q = 8380417, n = 256,
     * where K = n).
     */
    public long root() {
        return root;
    }

    /** Returns ζ^brv(i) mod q (plain, not Montgomery form), the twiddle FIPS 204 lists as zetas[i]; 1 <= i < K. */
    public int zeta(int i) {
        if (i < 1 || i >= slots) {
            throw new IndexOutOfBoundsException("zeta index must be in [1, K)");
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
        for (int len = n >> 1; len >= slotDegree; len >>= 1) {
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
     * corrections, each level grows |a| by less than q (so |a| &lt; 13q after at most 12 levels), and a final Barrett
     * step brings every value back to [0, q). Valid when 13q &lt; 2^31. The last three levels run on blocks of eight
     * values held in locals (one load and one store per value instead of three), which also removes the short inner
     * loops' overhead; every index still depends only on n.
     */
    private void forwardLazy(int[] a) {
        final long modulus = q;
        final int qInverse = mont.qInverse();
        final int[] z = zetas;
        int k = 0;
        for (int len = n >> 1; len > 4; len >>= 1) {
            for (int start = 0; start < n; start += 2 * len) {
                long zeta = z[++k];
                for (int j = start; j < start + len; j++) {
                    int t = reduce(zeta * a[j + len], qInverse, modulus);
                    a[j + len] = a[j] - t;
                    a[j] = a[j] + t;
                }
            }
        }
        // levels len = 4, 2, 1 on each block of eight, then the reduction to [0, q)
        final int level4 = n >> 3;
        final int level2 = n >> 2;
        final int level1 = n >> 1;
        for (int block = 0; block < level4; block++) {
            int base = block << 3;
            int a0 = a[base];
            int a1 = a[base + 1];
            int a2 = a[base + 2];
            int a3 = a[base + 3];
            int a4 = a[base + 4];
            int a5 = a[base + 5];
            int a6 = a[base + 6];
            int a7 = a[base + 7];
            long zeta = z[level4 + block];
            int t0 = reduce(zeta * a4, qInverse, modulus);
            int t1 = reduce(zeta * a5, qInverse, modulus);
            int t2 = reduce(zeta * a6, qInverse, modulus);
            int t3 = reduce(zeta * a7, qInverse, modulus);
            a4 = a0 - t0;
            a0 = a0 + t0;
            a5 = a1 - t1;
            a1 = a1 + t1;
            a6 = a2 - t2;
            a2 = a2 + t2;
            a7 = a3 - t3;
            a3 = a3 + t3;
            long zetaLow = z[level2 + 2 * block];
            long zetaHigh = z[level2 + 2 * block + 1];
            t0 = reduce(zetaLow * a2, qInverse, modulus);
            t1 = reduce(zetaLow * a3, qInverse, modulus);
            t2 = reduce(zetaHigh * a6, qInverse, modulus);
            t3 = reduce(zetaHigh * a7, qInverse, modulus);
            a2 = a0 - t0;
            a0 = a0 + t0;
            a3 = a1 - t1;
            a1 = a1 + t1;
            a6 = a4 - t2;
            a4 = a4 + t2;
            a7 = a5 - t3;
            a5 = a5 + t3;
            int first = level1 + 4 * block;
            t0 = reduce(z[first] * (long) a1, qInverse, modulus);
            t1 = reduce(z[first + 1] * (long) a3, qInverse, modulus);
            t2 = reduce(z[first + 2] * (long) a5, qInverse, modulus);
            t3 = reduce(z[first + 3] * (long) a7, qInverse, modulus);
            a[base] = fullyReduce(a0 + t0);
            a[base + 1] = fullyReduce(a0 - t0);
            a[base + 2] = fullyReduce(a2 + t1);
            a[base + 3] = fullyReduce(a2 - t1);
            a[base + 4] = fullyReduce(a4 + t2);
            a[base + 5] = fullyReduce(a4 - t2);
            a[base + 6] = fullyReduce(a6 + t3);
            a[base + 7] = fullyReduce(a6 - t3);
        }
    }

    /** Montgomery reduction of |product| &lt; q·2^31: a value ≡ product·2^-32 (mod q) in (−q, q). */
    private static int reduce(long product, int qInverse, long modulus) {
        return (int) ((product - (long) ((int) product * qInverse) * modulus) >> 32);
    }

    /**
     * Maps |x| &lt; 13q (13q &lt; 2^31) to x mod q in [0, q) without branches: Barrett's quotient estimate
     * round(x·round(2^32/q)/2^32) is within 3/4 of x/q, so the remainder lies in (−q, q) and one masked addition of q
     * finishes.
     */
    private int fullyReduce(int x) {
        int quotient = (int) ((x * barrett + (1L << 31)) >> 32);
        int r = x - quotient * q;
        return r + ((r >> 31) & q);
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
        int k = slots;
        for (int len = slotDegree; len < n; len <<= 1) {
            for (int start = 0; start < n; start += 2 * len) {
                int zeta = negatedZetas[--k];
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
     * Valid when 4q &lt; 2^31. The first three levels run on blocks of eight values held in locals, as in the forward
     * transform; the last level is fused with the final scaling.
     */
    private void inverseLazy(int[] a, int scale) {
        final long modulus = q;
        final int twoQ = 2 * q;
        final int qInverse = mont.qInverse();
        final int[] z = negatedZetas;
        final int half = n >> 1;
        final int quarter = n >> 2;
        final int eighth = n >> 3;
        for (int block = 0; block < eighth; block++) {
            int base = block << 3;
            int a0 = a[base];
            int a1 = a[base + 1];
            int a2 = a[base + 2];
            int a3 = a[base + 3];
            int a4 = a[base + 4];
            int a5 = a[base + 5];
            int a6 = a[base + 6];
            int a7 = a[base + 7];
            // len = 1: twiddle indexes n − 1 − 4·block − i
            int first = n - 1 - 4 * block;
            int d0 = a0 - a1 + twoQ;
            int d1 = a2 - a3 + twoQ;
            int d2 = a4 - a5 + twoQ;
            int d3 = a6 - a7 + twoQ;
            a0 = halfReduce(a0 + a1, twoQ);
            a2 = halfReduce(a2 + a3, twoQ);
            a4 = halfReduce(a4 + a5, twoQ);
            a6 = halfReduce(a6 + a7, twoQ);
            a1 = reduce(z[first] * (long) d0, qInverse, modulus) + q;
            a3 = reduce(z[first - 1] * (long) d1, qInverse, modulus) + q;
            a5 = reduce(z[first - 2] * (long) d2, qInverse, modulus) + q;
            a7 = reduce(z[first - 3] * (long) d3, qInverse, modulus) + q;
            // len = 2: twiddle indexes n/2 − 1 − 2·block and the one below
            long zetaLow = z[half - 1 - 2 * block];
            long zetaHigh = z[half - 2 - 2 * block];
            d0 = a0 - a2 + twoQ;
            d1 = a1 - a3 + twoQ;
            d2 = a4 - a6 + twoQ;
            d3 = a5 - a7 + twoQ;
            a0 = halfReduce(a0 + a2, twoQ);
            a1 = halfReduce(a1 + a3, twoQ);
            a4 = halfReduce(a4 + a6, twoQ);
            a5 = halfReduce(a5 + a7, twoQ);
            a2 = reduce(zetaLow * d0, qInverse, modulus) + q;
            a3 = reduce(zetaLow * d1, qInverse, modulus) + q;
            a6 = reduce(zetaHigh * d2, qInverse, modulus) + q;
            a7 = reduce(zetaHigh * d3, qInverse, modulus) + q;
            // len = 4: twiddle index n/4 − 1 − block
            long zeta = z[quarter - 1 - block];
            d0 = a0 - a4 + twoQ;
            d1 = a1 - a5 + twoQ;
            d2 = a2 - a6 + twoQ;
            d3 = a3 - a7 + twoQ;
            a[base] = halfReduce(a0 + a4, twoQ);
            a[base + 1] = halfReduce(a1 + a5, twoQ);
            a[base + 2] = halfReduce(a2 + a6, twoQ);
            a[base + 3] = halfReduce(a3 + a7, twoQ);
            a[base + 4] = reduce(zeta * d0, qInverse, modulus) + q;
            a[base + 5] = reduce(zeta * d1, qInverse, modulus) + q;
            a[base + 6] = reduce(zeta * d2, qInverse, modulus) + q;
            a[base + 7] = reduce(zeta * d3, qInverse, modulus) + q;
        }
        int k = eighth;
        for (int len = 8; len < half; len <<= 1) {
            for (int start = 0; start < n; start += 2 * len) {
                long zeta = z[--k];
                for (int j = start; j < start + len; j++) {
                    int x = a[j];
                    int y = a[j + len];
                    a[j] = halfReduce(x + y, twoQ);
                    a[j + len] = reduce(zeta * (x - y + twoQ), qInverse, modulus) + q;
                }
            }
        }
        // last level (len = n/2, twiddle −zetas[1]) fused with the final scaling: the twiddle is pre-multiplied by
        // the scale, the sum is scaled directly; both results are fully reduced to [0, q)
        long scaledZeta = mont.multiply(z[--k], scale);
        long s = scale;
        for (int j = 0; j < half; j++) {
            int x = a[j];
            int y = a[j + half];
            int sr = reduce(s * (x + y), qInverse, modulus);
            int dr = reduce(scaledZeta * (x - y + twoQ), qInverse, modulus);
            a[j] = sr + ((sr >> 31) & q);
            a[j + half] = dr + ((dr >> 31) & q);
        }
    }

    /** Maps x in [0, 4q) to a value ≡ x (mod q) in [0, 2q) by a masked subtraction of 2q. */
    private static int halfReduce(int x, int twoQ) {
        int r = x - twoQ;
        return r + ((r >> 31) & twoQ);
    }

    /** out = a∘b mod q (exact), for NTT-domain vectors in [0, q); out may alias a or b. */
    public void pointwise(int[] a, int[] b, int[] out) {
        checkLength(a);
        checkLength(b);
        checkLength(out);
        if (slotDegree > 1) {
            baseMultiply(a, b, out, false);
            return;
        }
        int r2 = mont.rSquared();
        for (int i = 0; i < n; i++) {
            out[i] = mont.multiply(mont.multiply(a[i], b[i]), r2);
        }
    }

    /**
     * acc = acc + a∘b·2^-32 mod q: one Montgomery reduction per product; finish a sum of such products with
     * {@link #inverseFromMontgomery} (coefficient domain) or {@link #fromMontgomery} (NTT domain).
     */
    public void pointwiseMontgomeryAccumulate(int[] a, int[] b, int[] acc) {
        checkLength(a);
        checkLength(b);
        checkLength(acc);
        if (slotDegree > 1) {
            int[] product = new int[n];
            baseMultiply(a, b, product, true);
            for (int i = 0; i < n; i++) {
                acc[i] = mont.add(acc[i], product[i]);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            acc[i] = mont.add(acc[i], mont.multiply(a[i], b[i]));
        }
    }

    /**
     * out = Σ_j a[j]∘b[j]·2^-32 mod q in [0, q): an inner product of NTT-domain vectors with the same 2^-32 factor
     * as {@link #pointwiseMontgomeryAccumulate}. With a partial transform the block products of all terms accumulate
     * in one set of wide sums per block ({@link #blockProducts}). When the transform is complete and count·q &lt; 2^31
     * the exact products are summed in a long (|sum| &lt; count·q² &lt; q·2^31) and reduced once per coefficient; for
     * larger q each product is Montgomery-reduced and the reduced values are summed (count ≤ 2^31).
     */
    void dotMontgomery(int[][] a, int[][] b, int[] out) {
        checkLength(out);
        int count = a.length;
        for (int j = 0; j < count; j++) {
            checkLength(a[j]);
            checkLength(b[j]);
        }
        if (slotDegree > 1) {
            blockProducts(a, b, out, true);
            return;
        }
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
        // large q: one Montgomery reduction per product, each in (−q, q), summed exactly in a long; count·q
        // is added before the final reduction so the sum is non-negative
        long[] sum = new long[n];
        for (int j = 0; j < count; j++) {
            int[] x = a[j];
            int[] y = b[j];
            for (int i = 0; i < n; i++) {
                sum[i] += mont.reduce((long) x[i] * y[i]);
            }
        }
        long shift = (long) count * q;
        for (int i = 0; i < n; i++) {
            out[i] = reduceWide(sum[i] + shift);
        }
    }

    /** out = a∘b·2^-32 mod q (see {@link #pointwiseMontgomeryAccumulate}). */
    public void pointwiseMontgomery(int[] a, int[] b, int[] out) {
        checkLength(a);
        checkLength(b);
        checkLength(out);
        if (slotDegree > 1) {
            baseMultiply(a, b, out, true);
            return;
        }
        for (int i = 0; i < n; i++) {
            out[i] = mont.multiply(a[i], b[i]);
        }
    }

    /** Base multiplication of a partial transform: one block product per block ({@link #blockProducts}). */
    private void baseMultiply(int[] a, int[] b, int[] out, boolean montgomeryFactor) {
        blockProducts(new int[][] {a}, new int[][] {b}, out, montgomeryFactor);
    }

    /** Zeros on each side of a block of the right operand, so {@link #multiplyAdd} needs no bounds tests. */
    private static final int PAD = 3;

    /**
     * Sums of block products of a partial transform (d &gt; 1): block k of out = Σ_j (block k of a[j])·(block k of
     * b[j]) mod (X^d − r_k), times 2^-32 with {@code montgomeryFactor}, in [0, q). Per block the schoolbook products
     * of all terms accumulate in 2d − 1 exact unsigned 64-bit sums, reduced only when {@link #termsPerReduction} more
     * terms could overflow them and once at the end, then folded once with r_k (X^d ≡ r_k), instead of folding and
     * reducing every term. Why exact: a sum holds a reduced value &lt; q plus at most termsPerReduction·d ≤
     * {@link #productsPerReduction} products ≤ (q − 1)², which stays below 2^64. (Karatsuba on the blocks was
     * measured and lost in Java: the 32-value rows' loop beats 16-value pieces' loops plus the extra additions, see
     * docs/BENCHMARKS.md.)
     *
     * <p>Loops and indexes depend only on n, d and the count; reductions are branch-free. Every block of every input
     * is read before that block of out is written, so out may alias any input.
     */
    private void blockProducts(int[][] a, int[][] b, int[] out, boolean montgomeryFactor) {
        final int d = slotDegree;
        final int count = a.length;
        final long[] wide = new long[2 * d - 1];
        // the right operand's block with PAD zeros each side; the zeros are never written
        final long[] padded = new long[d + 2 * PAD];
        for (int block = 0; block < slots; block++) {
            int offset = block * d;
            java.util.Arrays.fill(wide, 0);
            if (termsPerReduction == 0) {
                accumulateRows(a, b, offset, wide);
            } else {
                int pending = 0;
                for (int j = 0; j < count; j++) {
                    int[] y = b[j];
                    for (int i = 0; i < d; i++) {
                        padded[PAD + i] = y[offset + i];
                    }
                    multiplyAdd(a[j], offset, padded, wide, d);
                    if (++pending == termsPerReduction || j == count - 1) {
                        reduceAll(wide);
                        pending = 0;
                    }
                }
            }
            long r = slotRoots[block];
            for (int i = 0; i < d; i++) {
                // wide[i], wide[i + d] < q (just reduced): the fold is below q + q² < 2^62
                long high = i + d < wide.length ? wide[i + d] : 0;
                int value = reduceWide(wide[i] + r * high);
                out[offset + i] = montgomeryFactor ? mont.normalize(mont.reduce(value)) : value;
            }
        }
        // the buffers held (possibly secret) operand values
        java.util.Arrays.fill(padded, 0);
        java.util.Arrays.fill(wide, 0);
    }

    /**
     * The row-by-row schoolbook for q so close to 2^31 that one block product could overflow the sums: wide +=
     * Σ_j block products, reduced after every {@link #productsPerReduction} rows (each row adds at most one product
     * to a sum) and at the end, so every sum ends in [0, q).
     */
    private void accumulateRows(int[][] a, int[][] b, int offset, long[] wide) {
        final int d = slotDegree;
        int pending = 0;
        for (int j = 0; j < a.length; j++) {
            int[] x = a[j];
            int[] y = b[j];
            for (int s = 0; s < d; s++) {
                long value = x[offset + s];
                for (int t = 0; t < d; t++) {
                    wide[s + t] += value * y[offset + t];
                }
                if (++pending == productsPerReduction) {
                    reduceAll(wide);
                    pending = 0;
                }
            }
        }
        reduceAll(wide);
    }

    /**
     * wide[k] += Σ_{s+t=k} x[offset + s]·y[t] for the block y held in padded[PAD .. PAD + d) with PAD zeros each
     * side. When d is a multiple of 4 four rows go at once, so each sum is loaded and stored once per four products
     * (the multiplications bound the loop; about 1.15× faster than one row at a time at d = 32).
     */
    private static void multiplyAdd(int[] x, int offset, long[] padded, long[] wide, int d) {
        if ((d & 3) != 0) {
            for (int s = 0; s < d; s++) {
                long value = x[offset + s];
                for (int t = 0; t < d; t++) {
                    wide[s + t] += value * padded[PAD + t];
                }
            }
            return;
        }
        for (int s = 0; s < d; s += 4) {
            long v0 = x[offset + s];
            long v1 = x[offset + s + 1];
            long v2 = x[offset + s + 2];
            long v3 = x[offset + s + 3];
            // row s + i adds v_i·y[t − i] to sum s + t; y[−3 .. −1] and y[d .. d + 2] are the zero padding
            for (int t = 0; t < d + 3; t++) {
                wide[s + t] += v0 * padded[PAD + t] + v1 * padded[PAD + t - 1] + v2 * padded[PAD + t - 2]
                        + v3 * padded[PAD + t - 3];
            }
        }
    }

    /** Every sum of wide (unsigned, see {@link #productsPerReduction}) reduced to [0, q). */
    private void reduceAll(long[] wide) {
        for (int i = 0; i < wide.length; i++) {
            wide[i] = wideReduction.reduceUnsigned(wide[i]);
        }
    }

    private int reduceWide(long x) {
        return wideReduction.reduce(x);
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
