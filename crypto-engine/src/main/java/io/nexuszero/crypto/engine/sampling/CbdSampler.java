package io.nexuszero.crypto.engine.sampling;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.Ring;

/**
 * Centered binomial distribution CBD(η): each coefficient is Σ_{i<η} a_i − Σ_{i<η} b_i for independent uniform bits,
 * so it lies in [−η, η] with variance η/2. Bits come from SHAKE-256(seed ‖ nonce): coefficient i uses bits
 * [2ηi, 2ηi + 2η) of the stream (low η bits give the a's). Branch-free: fixed reads, popcount, mask arithmetic.
 */
public final class CbdSampler {

    /** Largest supported η (2η bits must fit one read). */
    public static final int MAX_ETA = 15;

    private CbdSampler() {
    }

    /** A coefficient-domain polynomial with CBD(η) coefficients from SHAKE-256(seed ‖ nonce). */
    public static Poly sample(Ring ring, int eta, byte[] seed, int nonce) {
        if (eta < 1 || eta > MAX_ETA) {
            throw new IllegalArgumentException("CBD eta must be in [1, " + MAX_ETA + "]");
        }
        BitStream bits = new BitStream(Prf.stream(seed, nonce));
        int lowMask = (1 << eta) - 1;
        int[] coefficients = new int[ring.degree()];
        for (int i = 0; i < coefficients.length; i++) {
            int x = bits.next(2 * eta);
            coefficients[i] = Integer.bitCount(x & lowMask) - Integer.bitCount(x >>> eta);
        }
        return Poly.fromCentered(ring, coefficients);
    }
}
