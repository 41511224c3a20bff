package io.nexuszero.crypto.engine.sampling;

import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bernoulli trials with success probability 2^(−t/s) for an integer t ≥ 0 and a fixed integer scale s: the
 * exp(−t/2σ²) of Gaussian sampling and of Gaussian rejection sampling when σ² = s/(2 ln 2) (σ = k/√(2 ln 2), s = k²).
 *
 * <p>A trial compares a uniform 128-bit u with the probability. The common case is decided from u's top 53 bits against
 * a double-precision 2^(−t/s), which is within 2^-44 relative of the true value for t/s < 128 (roundings of t, −ln 2/s,
 * one product, one exp): only when u falls within a relative 2^-30 of it — probability about 2^-29 — is the 128-bit
 * value computed, as 2^-⌊t/s⌋ (a shift) times the product of the table entries 2^(−2^i/s) for the set bits i of t mod s
 * (each rounded down to 128 bits from a 60-digit BigDecimal), and compared with all 128 bits of u. Either way the
 * success probability is within 2^-120 of 2^(−t/s): every trial contributes at most that much statistical distance
 * (docs/CRYPTO.md, section 4, "Gaussian masks"). For t/s ≥ 128 the trial fails (2^-128 away).
 */
public final class BernoulliExp {

    /** Relative half-width around the double-precision probability inside which the 128-bit value decides. */
    private static final double MARGIN = 0x1.0p-30;
    private static final double LN2 = Math.log(2);
    private static final ConcurrentHashMap<Long, BernoulliExp> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 64;

    private final long scale;
    /** 128·s: from here on the probability is below 2^-128. */
    private final long vanishing;
    /** −ln 2 / s, so that the probability is exp(t·(−ln 2 / s)) with one multiplication. */
    private final double exponentFactor;
    /** 2^(−2^i/s) for i = 0 … bitLength(s − 1) − 1, as 128-bit {hi, lo}. */
    private final long[] tableHigh;
    private final long[] tableLow;

    private BernoulliExp(long scale) {
        this.scale = scale;
        this.vanishing = 128 * scale;
        this.exponentFactor = -LN2 / scale;
        int bits = 64 - Long.numberOfLeadingZeros(scale - 1);
        this.tableHigh = new long[bits];
        this.tableLow = new long[bits];
        BigDecimal s = BigDecimal.valueOf(scale);
        for (int i = 0; i < bits; i++) {
            BigDecimal exponent = BigDecimal.valueOf(2).pow(i).divide(s, FixedPoint128.CONTEXT);
            long[] entry = FixedPoint128.of(FixedPoint128.twoToMinus(exponent));
            tableHigh[i] = entry[0];
            tableLow[i] = entry[1];
        }
    }

    /**
     * The trials for scale s (1 ≤ s &lt; 2^52, so that t/s is exact enough in a double); tables are cached per scale.
     */
    public static BernoulliExp withScale(long scale) {
        if (scale < 1 || scale >= (1L << 52)) {
            throw new IllegalArgumentException("the scale must be in [1, 2^52)");
        }
        BernoulliExp cached = CACHE.get(scale);
        if (cached != null) {
            return cached;
        }
        BernoulliExp created = new BernoulliExp(scale);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.putIfAbsent(scale, created);
        }
        return created;
    }

    public long scale() {
        return scale;
    }

    /**
     * One trial: true with probability 2^(−t/s) (within 2^-120).
     *
     * @throws IllegalArgumentException if t is negative
     */
    public boolean sample(long t, WordStream words) {
        if (t < 0) {
            throw new IllegalArgumentException("t must not be negative");
        }
        if (t >= vanishing) {
            return false;
        }
        // t < 128·s < 2^59: t, −ln 2/s and their product each round within 2^-53 relative, far inside the margin
        double probability = Math.exp(t * exponentFactor);
        long high = words.nextLong();
        double top = (high >>> 11) * 0x1.0p-53;
        if (top + 0x1.0p-53 <= probability * (1 - MARGIN)) {
            return true;
        }
        if (top >= probability * (1 + MARGIN)) {
            return false;
        }
        long[] exact = probability(t);
        return FixedPoint128.less(high, words.nextLong(), exact[0], exact[1]);
    }

    /** 2^(−t/s) in 128-bit fixed point, rounded down (at most about 2^-121 below), for t/s ≤ 128. */
    long[] probability(long t) {
        long whole = t / scale;
        long rest = t % scale;
        long[] product = {-1L, -1L};
        for (int i = 0; i < tableHigh.length; i++) {
            if ((rest >>> i & 1) == 1) {
                FixedPoint128.multiply(product[0], product[1], tableHigh[i], tableLow[i], product);
            }
        }
        return shiftRight(product, (int) whole);
    }

    private static long[] shiftRight(long[] value, int shift) {
        if (shift >= 128) {
            return new long[] {0, 0};
        }
        if (shift >= 64) {
            return new long[] {0, value[0] >>> (shift - 64)};
        }
        if (shift == 0) {
            return value;
        }
        return new long[] {value[0] >>> shift, value[1] >>> shift | value[0] << (64 - shift)};
    }
}
