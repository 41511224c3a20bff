package io.nexuszero.crypto.engine.ring;

/** Branch-free reduction of 62-bit non-negative values modulo a q below 2^31 (Barrett with ⌊2^62/q⌋). */
final class Barrett {

    private final long q;
    private final long factor;

    Barrett(long q) {
        this.q = q;
        this.factor = (1L << 62) / q;
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
