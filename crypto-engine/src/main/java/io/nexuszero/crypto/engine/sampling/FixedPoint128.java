package io.nexuszero.crypto.engine.sampling;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Unsigned 128-bit fixed-point numbers in [0, 1) (value = (hi·2^64 + lo) / 2^128), the precision of the Gaussian
 * samplers' probabilities: products round down, so a product of m factors is at most m units of 2^-128 below the
 * exact one. Tables are built once with BigDecimal at 60 significant digits (10^-60 &lt; 2^-199).
 */
final class FixedPoint128 {

    static final MathContext CONTEXT = new MathContext(60, RoundingMode.HALF_EVEN);
    /** ln 2 = Σ_{j ≥ 1} 1/(j·2^j), to 60 digits. */
    static final BigDecimal LN2 = naturalLogOfTwo();
    private static final BigDecimal TWO_TO_128 = new BigDecimal(BigInteger.ONE.shiftLeft(128));

    private FixedPoint128() {
    }

    /** ⌊x·2^128⌋ for x in [0, 1) as {hi, lo}; x ≥ 1 gives 2^128 − 1 (the largest value below one). */
    static long[] of(BigDecimal x) {
        BigInteger scaled = x.multiply(TWO_TO_128).setScale(0, RoundingMode.FLOOR).toBigInteger();
        if (scaled.bitLength() > 128) {
            scaled = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
        }
        return new long[] {scaled.shiftRight(64).longValue(), scaled.longValue()};
    }

    /** exp(−y) for 0 ≤ y ≤ 1 by its Taylor series (terms fall below 10^-60 after about 50). */
    static BigDecimal expOfMinus(BigDecimal y) {
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int j = 1; j < 200; j++) {
            term = term.multiply(y, CONTEXT).divide(BigDecimal.valueOf(j), CONTEXT).negate();
            sum = sum.add(term, CONTEXT);
            if (term.abs().compareTo(BigDecimal.ONE.movePointLeft(62)) < 0) {
                break;
            }
        }
        return sum;
    }

    /** 2^-x for x ≥ 0: 2^-⌊x⌋ · exp(−frac(x)·ln 2). */
    static BigDecimal twoToMinus(BigDecimal x) {
        BigInteger whole = x.setScale(0, RoundingMode.FLOOR).toBigInteger();
        BigDecimal fraction = x.subtract(new BigDecimal(whole));
        BigDecimal power = BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(whole.intValueExact())),
                CONTEXT);
        return power.multiply(expOfMinus(fraction.multiply(LN2, CONTEXT)), CONTEXT);
    }

    private static BigDecimal naturalLogOfTwo() {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal power = BigDecimal.ONE;
        for (int j = 1; j <= 220; j++) {
            power = power.multiply(half);
            sum = sum.add(power.divide(BigDecimal.valueOf(j), CONTEXT), CONTEXT);
        }
        return sum;
    }

    /**
     * The high 64 bits of the unsigned 128-bit product a·b (Java 17 has only the signed multiplyHigh; the two
     * corrections turn it into the unsigned one).
     */
    static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** The carry out of the unsigned sum x + y = s (0 or 1), without a branch. */
    static long carry(long x, long y, long s) {
        return ((x & y) | ((x | y) & ~s)) >>> 63;
    }

    /**
     * ⌊a·b⌋ in 128-bit fixed point: writes {hi, lo} of the product of a = (aHi, aLo) and b = (bHi, bLo) into out.
     * The dropped low half of aLo·bLo and the floor lose less than one unit of 2^-128.
     */
    static void multiply(long aHi, long aLo, long bHi, long bLo, long[] out) {
        long highHigh = unsignedMultiplyHigh(aHi, bHi);
        long highLow = aHi * bHi;
        long crossOneHigh = unsignedMultiplyHigh(aHi, bLo);
        long crossOneLow = aHi * bLo;
        long crossTwoHigh = unsignedMultiplyHigh(aLo, bHi);
        long crossTwoLow = aLo * bHi;
        long lowHigh = unsignedMultiplyHigh(aLo, bLo);
        // the 2^64-weighted column: crossOneLow + crossTwoLow + lowHigh; only its carries reach the result
        long column = crossOneLow + crossTwoLow;
        long columnCarry = carry(crossOneLow, crossTwoLow, column);
        long column2 = column + lowHigh;
        columnCarry += carry(column, lowHigh, column2);
        // the 2^128-weighted column: highLow + crossOneHigh + crossTwoHigh + columnCarry
        long middle = crossOneHigh + crossTwoHigh;
        long middleCarry = carry(crossOneHigh, crossTwoHigh, middle);
        long middle2 = middle + columnCarry;
        middleCarry += carry(middle, columnCarry, middle2);
        long lo = highLow + middle2;
        long loCarry = carry(highLow, middle2, lo);
        out[0] = highHigh + middleCarry + loCarry;
        out[1] = lo;
    }

    /** True if (aHi, aLo) &lt; (bHi, bLo) as unsigned 128-bit numbers. */
    static boolean less(long aHi, long aLo, long bHi, long bLo) {
        int high = Long.compareUnsigned(aHi, bHi);
        return high < 0 || (high == 0 && Long.compareUnsigned(aLo, bLo) < 0);
    }
}
