package io.nexuszero.crypto.engine.ring;

import java.util.ArrayList;
import java.util.List;

/**
 * Public-parameter number theory for moduli below 2^31: modular exponentiation, a deterministic primality test and
 * primitive roots of unity. Only ever applied to public values (q, n), so branches are fine here.
 */
public final class ModularMath {

    /** Miller–Rabin with these bases is deterministic for every n < 3,215,031,751 (Pomerance–Selfridge–Wagstaff). */
    private static final long[] MILLER_RABIN_BASES = {2, 3, 5, 7};

    private ModularMath() {
    }

    /** Returns {@code base^exponent mod modulus} for a modulus below 2^31 and a non-negative exponent. */
    public static long powMod(long base, long exponent, long modulus) {
        if (exponent < 0) {
            throw new IllegalArgumentException("negative exponent");
        }
        long result = 1 % modulus;
        long b = Math.floorMod(base, modulus);
        long e = exponent;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = result * b % modulus;
            }
            b = b * b % modulus;
            e >>= 1;
        }
        return result;
    }

    /** Returns the inverse of {@code a} modulo the prime {@code p} (Fermat), for a not divisible by p. */
    public static long inverseModPrime(long a, long p) {
        long r = powMod(a, p - 2, p);
        if (Math.floorMod(a, p) == 0) {
            throw new ArithmeticException("zero has no inverse");
        }
        return r;
    }

    /** Deterministic primality test for {@code 0 <= n < 2^31} (Miller–Rabin with bases 2, 3, 5, 7). */
    public static boolean isPrime(long n) {
        if (n < 0 || n >= (1L << 31)) {
            throw new IllegalArgumentException("isPrime is defined here for 0 <= n < 2^31");
        }
        if (n < 2) {
            return false;
        }
        for (long small : MILLER_RABIN_BASES) {
            if (n % small == 0) {
                return n == small;
            }
        }
        long d = n - 1;
        int s = 0;
        while ((d & 1) == 0) {
            d >>= 1;
            s++;
        }
        for (long a : MILLER_RABIN_BASES) {
            if (!millerRabinRoundPasses(n, a, d, s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean millerRabinRoundPasses(long n, long a, long d, int s) {
        long x = powMod(a, d, n);
        if (x == 1 || x == n - 1) {
            return true;
        }
        for (int r = 1; r < s; r++) {
            x = x * x % n;
            if (x == n - 1) {
                return true;
            }
        }
        return false;
    }

    /** Distinct prime factors of {@code m} (trial division; m below 2^31 so at most ~46341 divisions). */
    public static List<Long> distinctPrimeFactors(long m) {
        List<Long> factors = new ArrayList<>();
        long rest = m;
        for (long d = 2; d * d <= rest; d++) {
            if (rest % d == 0) {
                factors.add(d);
                while (rest % d == 0) {
                    rest /= d;
                }
            }
        }
        if (rest > 1) {
            factors.add(rest);
        }
        return factors;
    }

    /**
     * Returns the smallest primitive {@code order}-th root of unity modulo the prime q, where order is a power of two
     * dividing q - 1. "Smallest" makes the choice canonical; for q = 8380417 and order 512 it is FIPS 204's ζ = 1753.
     *
     * <p>Method: take a generator g of Z_q^*, so ω = g^((q-1)/order) is one primitive root; the primitive roots are
     * exactly the odd powers of ω (order is a power of two), and the minimum over those order/2 values is returned.
     */
    public static long smallestPrimitiveRootOfUnity(long q, int order) {
        if (order < 2 || Integer.bitCount(order) != 1 || (q - 1) % order != 0) {
            throw new IllegalArgumentException("order must be a power of two dividing q - 1");
        }
        long omega = powMod(generator(q), (q - 1) / order, q);
        long omegaSquared = omega * omega % q;
        long best = Long.MAX_VALUE;
        long power = omega;
        for (int j = 1; j < order; j += 2) {
            best = Math.min(best, power);
            power = power * omegaSquared % q;
        }
        return best;
    }

    /** Smallest generator of the multiplicative group modulo the prime q. */
    static long generator(long q) {
        List<Long> factors = distinctPrimeFactors(q - 1);
        for (long g = 2; g < q; g++) {
            boolean isGenerator = true;
            for (long f : factors) {
                if (powMod(g, (q - 1) / f, q) == 1) {
                    isGenerator = false;
                    break;
                }
            }
            if (isGenerator) {
                return g;
            }
        }
        throw new IllegalArgumentException("modulus is not prime");
    }
}
