package io.nexuszero.crypto.engine.ring;

import java.math.BigInteger;

/**
 * Complete negacyclic NTT of length n ≤ 4096 modulo the 61-bit prime P = 2^61 − 8191·2^13 + 1 ≡ 1 (mod 8192), on
 * 64-bit words: the transform behind {@link ShortProducts}, whose exact integer products need about 60 bits.
 *
 * <p>Why one 61-bit prime rather than two 31-bit ones with a CRT: a signed Montgomery product modulo P costs three
 * multiplications ({@link Math#multiplyHigh} is one instruction), the same as one 31-bit Montgomery product, so each
 * transform does half the work of the pair and needs no reconstruction. Butterflies are Harvey's lazy ones: values
 * stay in [0, 4P) (4P &lt; 2^63), a product with a twiddle w uses the precomputed w·P^-1 mod 2^64 and lands in
 * (−P, P). Every loop and index depends only on n and every correction is a sign mask, so the running time does not
 * depend on the (possibly secret) values.
 *
 * <p>Layout as {@link Ntt}: bit-reversed evaluation order; transformed values are only ever multiplied pointwise and
 * transformed back, so the order is internal.
 */
final class WideNtt {

    /** The largest prime below 2^61 that is ≡ 1 (mod 8192). */
    static final long P = 2305843009213554689L;
    private static final long TWO_P = 2 * P;
    private static final BigInteger BIG_P = BigInteger.valueOf(P);
    /** P^-1 mod 2^64 (Newton iteration: each step doubles the correct low bits; P·P ≡ 1 mod 8 to start). */
    private static final long P_INVERSE = inverseMod2To64(P);
    /** Products summed exactly before a reduction: 12·P² &lt; 1.5·P·2^64 keeps the reduced value in (−P/2, 1.5P). */
    private static final int TERMS_PER_REDUCTION = 12;

    private final int n;
    /** ζ^brv(i)·2^64 mod P for i = 1 .. n−1: the forward twiddles in Montgomery form. */
    private final long[] zetas;
    /** zetas[i]·P^-1 mod 2^64, the Montgomery multiplier of each forward twiddle. */
    private final long[] zetasTimesInverse;
    /** −zetas[i] mod P and its multiplier: the inverse transform's twiddles. */
    private final long[] negatedZetas;
    private final long[] negatedZetasTimesInverse;
    /** 2^128 / n mod P: scales the inverse of a sum of Montgomery products (each carrying 2^-64) to exact values. */
    private final long scale;
    private final long scaleTimesInverse;

    WideNtt(int n) {
        if (n < 2 || Integer.bitCount(n) != 1 || n > 4096) {
            throw new IllegalArgumentException("the wide transform supports n = 2^k ≤ 4096");
        }
        this.n = n;
        BigInteger r = BigInteger.ONE.shiftLeft(64).mod(BIG_P);
        BigInteger zeta = primitiveRoot(2 * n);
        int logN = Integer.numberOfTrailingZeros(n);
        this.zetas = new long[n];
        this.zetasTimesInverse = new long[n];
        this.negatedZetas = new long[n];
        this.negatedZetasTimesInverse = new long[n];
        for (int i = 1; i < n; i++) {
            BigInteger plain = zeta.modPow(BigInteger.valueOf(Integer.reverse(i) >>> (32 - logN)), BIG_P);
            long montgomery = plain.multiply(r).mod(BIG_P).longValueExact();
            zetas[i] = montgomery;
            zetasTimesInverse[i] = montgomery * P_INVERSE;
            negatedZetas[i] = P - montgomery;
            negatedZetasTimesInverse[i] = (P - montgomery) * P_INVERSE;
        }
        long scaleValue = BigInteger.valueOf(n).modInverse(BIG_P).multiply(r.pow(2)).mod(BIG_P).longValueExact();
        this.scale = scaleValue;
        this.scaleTimesInverse = scaleValue * P_INVERSE;
    }

    /** The smallest-base primitive 2n-th root of unity: g^((P−1)/2n) for the first g whose n-th power of it is −1. */
    private static BigInteger primitiveRoot(int order) {
        BigInteger exponent = BIG_P.subtract(BigInteger.ONE).divide(BigInteger.valueOf(order));
        BigInteger minusOne = BIG_P.subtract(BigInteger.ONE);
        for (long g = 2; ; g++) {
            BigInteger candidate = BigInteger.valueOf(g).modPow(exponent, BIG_P);
            if (candidate.modPow(BigInteger.valueOf(order / 2), BIG_P).equals(minusOne)) {
                return candidate;
            }
        }
    }

    private static long inverseMod2To64(long odd) {
        long inverse = odd;
        for (int i = 0; i < 6; i++) {
            inverse *= 2 - odd * inverse;
        }
        return inverse;
    }

    /** True when centred integers of absolute value below {@code bound} survive the round trip through mod P. */
    static boolean holds(double bound) {
        return bound < P / 2.0 * 0.99;
    }

    /** Residue of a centred |x| &lt; P in [0, P). */
    static long residue(long x) {
        return x + ((x >> 63) & P);
    }

    /** The centred representative in (−P/2, P/2] of v ∈ [0, P). */
    static long centred(long v) {
        long excess = (P >> 1) - v; // negative exactly when v > P/2
        return v - ((excess >> 63) & P);
    }

    /**
     * Signed Montgomery product a·w·2^-64 mod P in (−P, P), for |a·w| &lt; P·2^63 and wInverse = w·P^-1 mod 2^64:
     * a·w − m·P with m = a·wInverse is a multiple of 2^64 (its low words cancel), so the high words' difference is
     * exact.
     */
    private static long multiply(long a, long w, long wInverse) {
        return Math.multiplyHigh(a, w) - Math.multiplyHigh(a * wInverse, P);
    }

    /** In place: coefficients in [0, P) to their transform in [0, P). */
    void forward(long[] a) {
        int k = 0;
        int lastGeneric = n >= 16 ? 8 : 1; // n ≥ 16: the last three levels run on blocks of eight held in locals
        for (int len = n >> 1; len >= lastGeneric; len >>= 1) {
            for (int start = 0; start < n; start += 2 * len) {
                long w = zetas[++k];
                long wInverse = zetasTimesInverse[k];
                for (int j = start; j < start + len; j++) {
                    long x = halve(a[j]);
                    long t = multiply(a[j + len], w, wInverse) + P; // (0, 2P)
                    a[j] = x + t;
                    a[j + len] = x - t + TWO_P;
                }
            }
        }
        if (n >= 16) {
            forwardLastThreeLevels(a);
        }
        for (int i = 0; i < n; i++) {
            long x = halve(a[i]) - P;
            a[i] = x + ((x >> 63) & P);
        }
    }

    /**
     * Levels len = 4, 2, 1 of {@link #forward} on each block of eight values held in locals: one load and one store
     * per value instead of three, and no one-iteration inner loops.
     */
    private void forwardLastThreeLevels(long[] a) {
        final int eighth = n >> 3;
        final int quarter = n >> 2;
        final int half = n >> 1;
        for (int block = 0; block < eighth; block++) {
            int base = block << 3;
            long a0 = halve(a[base]);
            long a1 = halve(a[base + 1]);
            long a2 = halve(a[base + 2]);
            long a3 = halve(a[base + 3]);
            long a4 = a[base + 4];
            long a5 = a[base + 5];
            long a6 = a[base + 6];
            long a7 = a[base + 7];
            int k = eighth + block;
            long w = zetas[k];
            long wi = zetasTimesInverse[k];
            long t0 = multiply(a4, w, wi) + P;
            long t1 = multiply(a5, w, wi) + P;
            long t2 = multiply(a6, w, wi) + P;
            long t3 = multiply(a7, w, wi) + P;
            a4 = halve(a0 - t0 + TWO_P);
            a0 = halve(a0 + t0);
            a5 = halve(a1 - t1 + TWO_P);
            a1 = halve(a1 + t1);
            a6 = a2 - t2 + TWO_P;
            a2 = a2 + t2;
            a7 = a3 - t3 + TWO_P;
            a3 = a3 + t3;
            k = quarter + 2 * block;
            t0 = multiply(a2, zetas[k], zetasTimesInverse[k]) + P;
            t1 = multiply(a3, zetas[k], zetasTimesInverse[k]) + P;
            t2 = multiply(a6, zetas[k + 1], zetasTimesInverse[k + 1]) + P;
            t3 = multiply(a7, zetas[k + 1], zetasTimesInverse[k + 1]) + P;
            a2 = halve(a0 - t0 + TWO_P);
            a0 = halve(a0 + t0);
            a3 = a1 - t1 + TWO_P;
            a1 = a1 + t1;
            a6 = halve(a4 - t2 + TWO_P);
            a4 = halve(a4 + t2);
            a7 = a5 - t3 + TWO_P;
            a5 = a5 + t3;
            k = half + 4 * block;
            t0 = multiply(a1, zetas[k], zetasTimesInverse[k]) + P;
            t1 = multiply(a3, zetas[k + 1], zetasTimesInverse[k + 1]) + P;
            t2 = multiply(a5, zetas[k + 2], zetasTimesInverse[k + 2]) + P;
            t3 = multiply(a7, zetas[k + 3], zetasTimesInverse[k + 3]) + P;
            a[base] = a0 + t0;
            a[base + 1] = a0 - t0 + TWO_P;
            a[base + 2] = a2 + t1;
            a[base + 3] = a2 - t1 + TWO_P;
            a[base + 4] = a4 + t2;
            a[base + 5] = a4 - t2 + TWO_P;
            a[base + 6] = a6 + t3;
            a[base + 7] = a6 - t3 + TWO_P;
        }
    }

    /** [0, 4P) → [0, 2P) by a masked subtraction of 2P. */
    private static long halve(long x) {
        long r = x - TWO_P;
        return r + ((r >> 63) & TWO_P);
    }

    /**
     * acc = Σ_j a[j]∘b[j]·2^-64 mod P in [0, P) for transformed a[j], b[j] in [0, P): the sum {@link #inverseOfSum}
     * expects. The exact products (below P² &lt; 2^122) are summed in 128 bits, {@link #TERMS_PER_REDUCTION} at a time,
     * and each such sum X takes one Montgomery reduction: two multiplications per product instead of four.
     */
    void dot(long[][] a, long[][] b, long[] acc) {
        long[] high = new long[n];
        if (a.length <= TERMS_PER_REDUCTION) { // the usual case: acc itself holds the low words
            java.util.Arrays.fill(acc, 0);
            accumulate(a, b, 0, a.length, acc, high);
            for (int i = 0; i < n; i++) {
                acc[i] = reduce(high[i], acc[i]);
            }
        } else {
            java.util.Arrays.fill(acc, 0);
            long[] low = new long[n];
            for (int from = 0; from < a.length; from += TERMS_PER_REDUCTION) {
                java.util.Arrays.fill(low, 0);
                java.util.Arrays.fill(high, 0);
                accumulate(a, b, from, Math.min(a.length, from + TERMS_PER_REDUCTION), low, high);
                for (int i = 0; i < n; i++) {
                    long total = acc[i] + reduce(high[i], low[i]) - P; // both in [0, P)
                    acc[i] = total + ((total >> 63) & P);
                }
            }
            java.util.Arrays.fill(low, 0);
        }
        java.util.Arrays.fill(high, 0); // sums of products with a possibly secret operand
    }

    /**
     * (high, low) += Σ_{from ≤ j < to} a[j]∘b[j] exactly in 128 bits, one operand pair at a time over all coefficients:
     * straight loops over four arrays, which the JIT unrolls without bounds checks (about 1.5× faster than walking the
     * terms per coefficient).
     */
    private void accumulate(long[][] a, long[][] b, int from, int to, long[] low, long[] high) {
        for (int j = from; j < to; j++) {
            long[] x = a[j];
            long[] y = b[j];
            for (int i = 0; i < n; i++) {
                long xi = x[i];
                long yi = y[i];
                long productLow = xi * yi;
                long before = low[i];
                long sum = before + productLow;
                long carry = ((before & productLow) | ((before | productLow) & ~sum)) >>> 63; // unsigned overflow
                high[i] += Math.multiplyHigh(xi, yi) + carry;
                low[i] = sum;
            }
        }
    }

    /** X·2^-64 mod P in [0, P) for X = high·2^64 + low < 12·P² < 1.5·P·2^64 (the reduction lands in (−P/2, 1.5P)). */
    private static long reduce(long high, long low) {
        long reduced = high - Math.multiplyHigh(low * P_INVERSE, P);
        reduced += (reduced >> 63) & P;
        reduced -= P;
        return reduced + ((reduced >> 63) & P);
    }

    /** Levels len = 1, 2, 4 of {@link #inverseOfSum} on blocks of eight, with the twiddles the generic loop takes. */
    private void inverseFirstThreeLevels(long[] a) {
        final long[] z = negatedZetas;
        final long[] zi = negatedZetasTimesInverse;
        for (int block = 0; block < n >> 3; block++) {
            int base = block << 3;
            long a0 = a[base];
            long a1 = a[base + 1];
            long a2 = a[base + 2];
            long a3 = a[base + 3];
            long a4 = a[base + 4];
            long a5 = a[base + 5];
            long a6 = a[base + 6];
            long a7 = a[base + 7];
            int k = n - 1 - 4 * block; // len = 1
            long d0 = a0 - a1 + TWO_P;
            long d1 = a2 - a3 + TWO_P;
            long d2 = a4 - a5 + TWO_P;
            long d3 = a6 - a7 + TWO_P;
            a0 = halve(a0 + a1);
            a2 = halve(a2 + a3);
            a4 = halve(a4 + a5);
            a6 = halve(a6 + a7);
            a1 = multiply(d0, z[k], zi[k]) + P;
            a3 = multiply(d1, z[k - 1], zi[k - 1]) + P;
            a5 = multiply(d2, z[k - 2], zi[k - 2]) + P;
            a7 = multiply(d3, z[k - 3], zi[k - 3]) + P;
            k = (n >> 1) - 1 - 2 * block; // len = 2
            d0 = a0 - a2 + TWO_P;
            d1 = a1 - a3 + TWO_P;
            d2 = a4 - a6 + TWO_P;
            d3 = a5 - a7 + TWO_P;
            a0 = halve(a0 + a2);
            a1 = halve(a1 + a3);
            a4 = halve(a4 + a6);
            a5 = halve(a5 + a7);
            a2 = multiply(d0, z[k], zi[k]) + P;
            a3 = multiply(d1, z[k], zi[k]) + P;
            a6 = multiply(d2, z[k - 1], zi[k - 1]) + P;
            a7 = multiply(d3, z[k - 1], zi[k - 1]) + P;
            k = (n >> 2) - 1 - block; // len = 4
            long w = z[k];
            long wi = zi[k];
            a[base] = halve(a0 + a4);
            a[base + 1] = halve(a1 + a5);
            a[base + 2] = halve(a2 + a6);
            a[base + 3] = halve(a3 + a7);
            a[base + 4] = multiply(a0 - a4 + TWO_P, w, wi) + P;
            a[base + 5] = multiply(a1 - a5 + TWO_P, w, wi) + P;
            a[base + 6] = multiply(a2 - a6 + TWO_P, w, wi) + P;
            a[base + 7] = multiply(a3 - a7 + TWO_P, w, wi) + P;
        }
    }

    /** In place: a sum of Montgomery products from {@link #dot}, in [0, P), to its exact coefficients in [0, P). */
    void inverseOfSum(long[] a) {
        int k = n;
        int firstGeneric = 1;
        if (n >= 16) { // the first three levels on blocks of eight held in locals
            inverseFirstThreeLevels(a);
            firstGeneric = 8;
            k = n >> 3;
        }
        for (int len = firstGeneric; len < n >> 1; len <<= 1) {
            for (int start = 0; start < n; start += 2 * len) {
                long w = negatedZetas[--k];
                long wInverse = negatedZetasTimesInverse[k];
                for (int j = start; j < start + len; j++) {
                    long x = a[j];
                    long y = a[j + len];
                    a[j] = halve(x + y); // x, y ∈ [0, 2P)
                    a[j + len] = multiply(x - y + TWO_P, w, wInverse) + P;
                }
            }
        }
        // last level fused with the scaling (the twiddle pre-multiplied by it); results fully reduced
        long w = multiply(negatedZetas[--k], scale, scaleTimesInverse);
        w += (w >> 63) & P;
        long wInverse = w * P_INVERSE;
        int half = n >> 1;
        for (int j = 0; j < half; j++) {
            long x = a[j];
            long y = a[j + half];
            long sum = multiply(x + y, scale, scaleTimesInverse);
            long difference = multiply(x - y + TWO_P, w, wInverse);
            a[j] = sum + ((sum >> 63) & P);
            a[j + half] = difference + ((difference >> 63) & P);
        }
    }
}
