package io.nexuszero.crypto.engine.ring;

/** Branch-free reduction of 62-bit non-negative values modulo a q below 2^31 (Barrett with ⌊2^62/q⌋). */
final class Barrett {

    private final long q;
    private final long factor;
    /** 2^61 mod q, for {@link #reduceUnsigned}. */
    private final long twoTo61;

    Barrett(long q) {
        this.q = q;
        this.factor = (1L << 62) / q;
        this.twoTo61 = (1L << 61) % q;
    }

    /**
     * x mod q for any 64-bit x read as unsigned (sums of up to 2^64 − 1): x = h·2^61 + l with h &lt; 8, and
     * l + h·(2^61 mod q) &lt; 2^61 + 8q &lt; 2^62 is in {@link #reduce}'s range.
     */
    int reduceUnsigned(long x) {
        return reduce((x & ((1L << 61) - 1)) + (x >>> 61) * twoTo61);
    }

    /**
     * x mod q for 0 ≤ x &lt; 2^62: the quotient estimate ⌊x·⌊2^62/q⌋ / 2^62⌋ is short by at most 1, so one masked
     * subtraction finishes (a second one guards the rounding of the factor).
     */
    int reduce(long x) {
        long quotient = (Math.multiplyHigh(x, factor) << 2) | ((x * factor) >>> 62);
        long r = x - quotient * q;
        r -= q;
        r += (r >> 63) & q;
        r -= q;
        r += (r >> 63) & q;
        return (int) r;
    }
}
