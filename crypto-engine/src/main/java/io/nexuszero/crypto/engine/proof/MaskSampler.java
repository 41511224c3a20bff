package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.Ring;
import io.nexuszero.crypto.engine.sampling.AesCtrStream;

/**
 * Masking polynomials with coefficients exactly uniform in [−γ, γ], read from an {@link AesCtrStream} (one stream per
 * attempt's masks, polynomials drawn one after another). Each coefficient takes a 24-bit (or, for 2γ + 1 &gt; 2^20,
 * 32-bit) little-endian candidate x and maps it with Lemire's multiply-shift to ⌊x·(2γ + 1) / 2^bits⌋, rejecting the x
 * whose low product bits fall below 2^bits mod (2γ + 1) — which makes the accepted values exactly uniform. The
 * rejection rate is below 1/16 (1/4 for the 32-bit case), against up to 1/2 for plain bit-masking when 2γ + 1 is just
 * above a power of two (γ = 2^18 gives 2γ + 1 = 2^19 + 1).
 *
 * <p>The only branch on sampled data is the rejection test; a rejected candidate is independent of every accepted
 * one, so its timing reveals nothing about the mask.
 */
final class MaskSampler {

    private MaskSampler() {
    }

    static Poly sample(Ring ring, int gamma, AesCtrStream stream) {
        int n = ring.degree();
        long range = 2L * gamma + 1;
        int candidateBytes = range <= (1 << 20) ? 3 : 4;
        int bits = 8 * candidateBytes;
        long lowMask = (1L << bits) - 1;
        long threshold = (1L << bits) % range;
        // n candidates plus an eighth for the expected rejections; a short buffer is refilled from the stream
        byte[] buffer = new byte[(n + n / 8) * candidateBytes];
        stream.fill(buffer);
        int position = 0;
        int[] coefficients = new int[n];
        int filled = 0;
        while (filled < n) {
            if (position == buffer.length) { // rare: more rejections than the buffer allowed for
                stream.fill(buffer);
                position = 0;
            }
            long x = (buffer[position] & 0xFF) | (buffer[position + 1] & 0xFF) << 8
                    | (buffer[position + 2] & 0xFF) << 16;
            if (candidateBytes == 4) {
                x |= (long) (buffer[position + 3] & 0xFF) << 24;
            }
            position += candidateBytes;
            long product = x * range;
            if ((product & lowMask) >= threshold) {
                coefficients[filled++] = (int) (product >>> bits) - gamma;
            }
        }
        java.util.Arrays.fill(buffer, (byte) 0);
        Poly poly = Poly.fromCentered(ring, coefficients);
        java.util.Arrays.fill(coefficients, 0);
        return poly;
    }
}
