package io.nexuszero.crypto.engine.sampling;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.Ring;

/**
 * Coefficients uniform in [−b, b] by rejection from SHAKE-256(seed ‖ nonce): read bits(2b) bits, accept values
 * ≤ 2b, output b − value. Used for "uniform" secrets (b = η) and for proof masking vectors (b = γ). The only
 * data-dependent branch is the accept/reject decision, which reveals the number of rejected candidates — independent
 * of the accepted values — not the coefficients themselves.
 */
public final class BoundedSampler {

    /** Largest supported bound. */
    public static final int MAX_BOUND = (1 << 29) - 1;

    private BoundedSampler() {
    }

    /** A coefficient-domain polynomial with coefficients uniform in [−bound, bound], bound in [1, 2^29) and < q/2. */
    public static Poly sample(Ring ring, int bound, byte[] seed, int nonce) {
        if (bound < 1 || bound > MAX_BOUND || 2L * bound >= ring.modulus()) {
            throw new IllegalArgumentException("bound must be in [1, min(2^29, q/2))");
        }
        int span = 2 * bound; // values 0 .. span inclusive
        int width = 32 - Integer.numberOfLeadingZeros(span);
        BitStream bits = new BitStream(Prf.stream(seed, nonce));
        int[] coefficients = new int[ring.degree()];
        int filled = 0;
        while (filled < coefficients.length) {
            int candidate = bits.next(width);
            if (candidate <= span) {
                coefficients[filled++] = bound - candidate;
            }
        }
        return Poly.fromCentered(ring, coefficients);
    }
}
