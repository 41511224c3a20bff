package io.nexuszero.crypto.engine.proof;

import java.math.BigInteger;
import java.util.List;

/**
 * The public bounds of a range proof: one pair [min, max] for every value, or one shared pair. Each value v lies in
 * [min, max] iff u = v − min lies in [0, d] with d = max − min; u is written with k = max(1, bitLength(d)) bits of
 * weights 1, 2, …, 2^(k−2) and d − 2^(k−1) + 1, whose subset sums are exactly [0, d] — so proving the bits binary
 * proves the range, for any d, with one decomposition (not one for each side).
 *
 * <p>Bounds are integers with |x| &lt; 2^127, min ≤ max and max − min &lt; 2^64 (at most {@link #MAX_BITS} bits).
 */
public record RangeBounds(List<BigInteger> min, List<BigInteger> max, boolean shared) {

    /** Bits per value: ranges up to 2^64 wide. */
    public static final int MAX_BITS = 64;
    /** Bounds must satisfy |x| &lt; 2^127 (16-byte two's complement in the statement). */
    static final int BOUND_BYTES = 16;
    private static final BigInteger BOUND_LIMIT = BigInteger.ONE.shiftLeft(8 * BOUND_BYTES - 1);
    private static final BigInteger WIDTH_LIMIT = BigInteger.ONE.shiftLeft(MAX_BITS);

    public RangeBounds {
        min = List.copyOf(min);
        max = List.copyOf(max);
        if (min.isEmpty() || min.size() != max.size() || (shared && min.size() != 1)) {
            throw new IllegalArgumentException("need one (min, max) pair, or one per value");
        }
        for (int i = 0; i < min.size(); i++) {
            check(min.get(i), max.get(i));
        }
    }

    /** One pair for every value. */
    public static RangeBounds shared(BigInteger min, BigInteger max) {
        return new RangeBounds(List.of(min), List.of(max), true);
    }

    /** One pair per value, in order. */
    public static RangeBounds perValue(List<BigInteger> min, List<BigInteger> max) {
        return new RangeBounds(min, max, false);
    }

    /**
     * Why a pair is unusable, or null if it is fine; the message names the rule only.
     */
    public static String problem(BigInteger min, BigInteger max) {
        if (min.abs().compareTo(BOUND_LIMIT) >= 0 || max.abs().compareTo(BOUND_LIMIT) >= 0) {
            return "bounds must satisfy |x| < 2^127";
        }
        if (min.compareTo(max) > 0) {
            return "min must not exceed max";
        }
        if (max.subtract(min).compareTo(WIDTH_LIMIT) >= 0) {
            return "max − min must be below 2^64";
        }
        return null;
    }

    private static void check(BigInteger min, BigInteger max) {
        String problem = problem(min, max);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Whether the bounds fit {@code count} values (a shared pair fits any count). */
    public boolean fits(int count) {
        return shared || min.size() == count;
    }

    public BigInteger minOf(int value) {
        return min.get(shared ? 0 : value);
    }

    public BigInteger maxOf(int value) {
        return max.get(shared ? 0 : value);
    }

    /** d = max − min of a value's range. */
    BigInteger width(int value) {
        return maxOf(value).subtract(minOf(value));
    }

    /** k = max(1, bitLength(d)): the bits a value's offset u = v − min is written with. */
    int bits(int value) {
        return Math.max(1, width(value).bitLength());
    }

    /**
     * The bits β_0 … β_{k−1} of u ∈ [0, d] under the weights 1, 2, …, 2^(k−2), d − 2^(k−1) + 1: if u fits k − 1 bits
     * the top bit is 0, otherwise it is 1 and the rest is u − (d − 2^(k−1) + 1) ∈ [0, 2^(k−1) − 1].
     */
    int[] decompose(int value, BigInteger offset) {
        BigInteger d = width(value);
        if (offset.signum() < 0 || offset.compareTo(d) > 0) {
            throw new IllegalArgumentException("offset outside [0, d]");
        }
        int k = bits(value);
        BigInteger low = BigInteger.ONE.shiftLeft(k - 1);
        BigInteger rest = offset;
        int[] bits = new int[k];
        if (offset.compareTo(low) >= 0) {
            bits[k - 1] = 1;
            rest = offset.subtract(d.subtract(low).add(BigInteger.ONE));
        }
        for (int j = 0; j < k - 1; j++) {
            bits[j] = rest.testBit(j) ? 1 : 0;
        }
        return bits;
    }

    /** u = Σ_j weight_j·β_j, for tests and for a caller who opens the bits (weights as in {@link #decompose}). */
    BigInteger offsetOf(int value, int[] bits) {
        int k = bits(value);
        BigInteger d = width(value);
        BigInteger sum = BigInteger.ZERO;
        for (int j = 0; j < k - 1; j++) {
            sum = sum.add(BigInteger.valueOf(bits[j]).shiftLeft(j));
        }
        BigInteger top = d.subtract(BigInteger.ONE.shiftLeft(k - 1)).add(BigInteger.ONE);
        return sum.add(top.multiply(BigInteger.valueOf(bits[k - 1])));
    }

    @Override
    public String toString() {
        return "RangeBounds[pairs=" + min.size() + ", shared=" + shared + "]";
    }
}
