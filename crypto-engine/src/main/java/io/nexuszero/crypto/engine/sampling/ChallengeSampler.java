package io.nexuszero.crypto.engine.sampling;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.Ring;
import io.nexuszero.crypto.engine.ring.SparseTernary;

/**
 * Fiat–Shamir challenges: polynomials with exactly τ coefficients in {−1, +1} and the rest 0, derived from a seed
 * with SHAKE-256 by an inside-out Fisher–Yates shuffle (FIPS 204's SampleInBall; for n = 256 and τ ≤ 64 the byte
 * consumption is identical). The seed is public (a transcript hash), so rejection branches are harmless.
 */
public final class ChallengeSampler {

    private ChallengeSampler() {
    }

    /** {@link #sampleInBall} in sparse form, for the proofs' products with the challenge. */
    public static SparseTernary sampleSparse(Ring ring, int weight, byte[] seed) {
        return SparseTernary.of(sampleInBall(ring, weight, seed));
    }

    /** The challenge c with τ = {@code weight} nonzero ±1 coefficients derived from {@code seed}; 1 ≤ τ ≤ n. */
    public static Poly sampleInBall(Ring ring, int weight, byte[] seed) {
        int n = ring.degree();
        if (weight < 1 || weight > n) {
            throw new IllegalArgumentException("challenge weight must be in [1, n]");
        }
        Xof xof = Xof.shake256(seed);
        int signBytes = Math.max(8, (weight + 7) / 8);
        byte[] signs = xof.nextBytes(signBytes);
        int indexBits = 32 - Integer.numberOfLeadingZeros(n - 1);
        int indexBytes = (indexBits + 7) / 8;
        int indexMask = (1 << indexBits) - 1;
        int[] c = new int[n];
        int signIndex = 0;
        for (int i = n - weight; i < n; i++) {
            int j;
            do {
                j = 0;
                for (int b = 0; b < indexBytes; b++) {
                    j |= xof.nextByte() << (8 * b);
                }
                j &= indexMask;
            } while (j > i);
            c[i] = c[j];
            int sign = (signs[signIndex >>> 3] >>> (signIndex & 7)) & 1;
            c[j] = 1 - 2 * sign;
            signIndex++;
        }
        return Poly.fromCentered(ring, c);
    }
}
