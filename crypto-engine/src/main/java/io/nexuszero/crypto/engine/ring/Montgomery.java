package io.nexuszero.crypto.engine.ring;

/**
 * Montgomery arithmetic modulo an odd q below 2^31 with R = 2^32, on int/long only, branch-free: conditional
 * corrections use the sign bit as a mask, so timing does not depend on the (possibly secret) operands.
 */
public final class Montgomery {

    private final int q;
    /** q^-1 mod 2^32, as a (wrapping) int. */
    private final int qInverse;
    /** R^2 mod q: montgomeryMultiply(x, rSquared) == x * R mod q. */
    private final int rSquared;

    /** Creates the constants for the odd modulus q, 3 <= q < 2^31. */
    public Montgomery(int q) {
        if (q < 3 || (q & 1) == 0) {
            throw new IllegalArgumentException("Montgomery arithmetic needs an odd modulus >= 3");
        }
        this.q = q;
        int inv = q; // Newton iteration: each step doubles the number of correct low bits (q*q ≡ 1 mod 8 to start).
        for (int i = 0; i < 5; i++) {
            inv *= 2 - q * inv;
        }
        this.qInverse = inv;
        long r = (1L << 32) % q;
        this.rSquared = (int) (r * r % q);
    }

    /** The modulus. */
    public int modulus() {
        return q;
    }

    /** q^-1 mod 2^32 as a wrapping int, for hand-inlined reductions in hot loops. */
    int qInverse() {
        return qInverse;
    }

    /** R^2 mod q (R = 2^32). */
    public int rSquared() {
        return rSquared;
    }

    /**
     * Montgomery reduction: for |a| < q·2^31 returns a value r ≡ a·2^-32 (mod q) with -q < r < q.
     */
    public int reduce(long a) {
        int t = (int) a * qInverse;
        return (int) ((a - (long) t * q) >> 32);
    }

    /** Returns a·b·2^-32 mod q in [0, q) for a, b in [0, q). */
    public int multiply(int a, int b) {
        return normalize(reduce((long) a * b));
    }

    /** Maps r in (-q, q) to r mod q in [0, q) without branching. */
    public int normalize(int r) {
        return r + ((r >> 31) & q);
    }

    /** Returns (a + b) mod q for a, b in [0, q), branch-free (the wrap of a + b - q in int arithmetic is harmless). */
    public int add(int a, int b) {
        int r = a + b - q;
        return r + ((r >> 31) & q);
    }

    /** Returns (a - b) mod q for a, b in [0, q), branch-free. */
    public int subtract(int a, int b) {
        int r = a - b;
        return r + ((r >> 31) & q);
    }

    /** Converts a to Montgomery form a·2^32 mod q, for a in [0, q). */
    public int toMontgomery(int a) {
        return multiply(a, rSquared);
    }
}
