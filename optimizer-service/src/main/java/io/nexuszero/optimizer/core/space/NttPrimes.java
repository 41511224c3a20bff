package io.nexuszero.optimizer.core.space;

import java.math.BigInteger;

/**
 * Moduli for the search space: primes q ≡ 2K + 1 (mod 4K), for which X^n + 1 splits mod q into exactly
 * K = {@value #FACTORS} binomial factors X^(n/K) − r (n ≥ 2K), found by a primality test. crypto-service's engine needs
 * q ≡ 1 (mod 4) for its (incomplete) NTT and refuses moduli that split X^n + 1 into so many factors that challenge
 * differences are not provably invertible (Lyubashevsky–Seiler: q^(1/K)/√K &gt; 2); with K = 8 that holds for every
 * q &gt; 2^20. Fully splitting moduli (q ≡ 1 mod 2n, like ML-DSA's 8380417) are refused: a cheating prover forges in one
 * NTT slot. Whether a modulus is acceptable for a parameter set is still crypto-service's call; this only proposes
 * numbers.
 */
public final class NttPrimes {
    /** Factors of X^n + 1 mod the grid's moduli: q ≡ 17 (mod 32). */
    public static final int FACTORS = 8;

    private static final int CERTAINTY = 64;

    private NttPrimes() {
    }

    /** The largest prime q &lt; 2^bits with q ≡ 2·{@value #FACTORS} + 1 (mod 4·{@value #FACTORS}), i.e. q ≡ 17 mod 32. */
    public static long largestBelowPowerOfTwo(int bits) {
        return largestBelowPowerOfTwo(bits, FACTORS);
    }

    /**
     * The largest prime q &lt; 2^bits with q ≡ 2·factors + 1 (mod 4·factors): X^n + 1 splits into exactly
     * {@code factors} binomials mod q for every n ≥ 2·factors (v2(q − 1) = log2(factors) + 1).
     */
    public static long largestBelowPowerOfTwo(int bits, int factors) {
        if (bits < 2 || bits > 62) {
            throw new IllegalArgumentException("bits must be in 2..62");
        }
        if (factors < 1 || Integer.bitCount(factors) != 1) {
            throw new IllegalArgumentException("factors must be a power of two");
        }
        long step = 4L * factors;
        long residue = 2L * factors + 1;
        long top = (1L << bits) - 1;
        long q = top - Math.floorMod(top - residue, step);
        for (; q > residue; q -= step) {
            if (BigInteger.valueOf(q).isProbablePrime(CERTAINTY)) {
                return q;
            }
        }
        throw new IllegalStateException("no prime ≡ " + residue + " mod " + step + " below 2^" + bits);
    }
}
