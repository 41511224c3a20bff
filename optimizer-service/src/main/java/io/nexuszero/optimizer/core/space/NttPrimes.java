package io.nexuszero.optimizer.core.space;

import java.math.BigInteger;

/**
 * Moduli for the search space: primes q ≡ 1 (mod 2n), the form the negacyclic NTT needs, found by a primality test.
 * Whether a modulus is acceptable for a parameter set is still crypto-service's call; this only proposes numbers.
 */
public final class NttPrimes {
    private static final int CERTAINTY = 64;

    private NttPrimes() {
    }

    /** The largest prime q < 2^bits with q ≡ 1 (mod 2·ringDegree). */
    public static long largestBelowPowerOfTwo(int bits, int ringDegree) {
        if (bits < 2 || bits > 62) {
            throw new IllegalArgumentException("bits must be in 2..62");
        }
        long step = 2L * ringDegree;
        long q = ((1L << bits) - 1) / step * step + 1;
        if (q >= (1L << bits)) {
            q -= step;
        }
        for (; q > step; q -= step) {
            if (BigInteger.valueOf(q).isProbablePrime(CERTAINTY)) {
                return q;
            }
        }
        throw new IllegalStateException("no prime ≡ 1 mod " + step + " below 2^" + bits);
    }
}
