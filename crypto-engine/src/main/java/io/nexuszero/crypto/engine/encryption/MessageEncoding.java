package io.nexuszero.crypto.engine.encryption;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.Ring;

/**
 * Maps messages of up to {@value #MAX_MESSAGE_BYTES} bytes to ring elements and back: bit i of the zero-padded
 * message (bit i mod 8 of byte ⌊i/8⌋, least significant first) becomes coefficient i = ⌈q/2⌉·m_i. Decoding reads a
 * coefficient as 1 exactly when its centered representative c satisfies |c| &gt; ⌊q/4⌋; it is branch-free, since the
 * coefficients are secret.
 */
public final class MessageEncoding {

    /** Largest message length in bytes. */
    public static final int MAX_MESSAGE_BYTES = 32;

    private MessageEncoding() {
    }

    /** The encoding ⌈q/2⌉·m of a message of at most 32 bytes (at most n bits). */
    static Poly encode(Ring ring, byte[] message) {
        if (message.length > MAX_MESSAGE_BYTES || 8 * message.length > ring.degree()) {
            throw new IllegalArgumentException("messages are limited to " + MAX_MESSAGE_BYTES + " bytes");
        }
        int half = (ring.modulus() + 1) / 2;
        int[] c = new int[ring.degree()];
        for (int i = 0; i < 8 * message.length; i++) {
            int bit = (message[i >>> 3] >>> (i & 7)) & 1;
            c[i] = -bit & half;
        }
        return Poly.ofCoefficients(ring, c);
    }

    /** The bit a coefficient w in [0, q) decodes to (0 or 1), branch-free. */
    static int decodeBit(Ring ring, int w) {
        int c = ring.toCentered(w);
        int abs = (c ^ (c >> 31)) - (c >> 31);
        return ((ring.modulus() / 4) - abs) >>> 31;
    }

    /**
     * Decodes the first n bits of w into {@code length} message bytes; returns the OR of all bits past the message
     * (non-zero means the padding did not decrypt to zeros). Branch-free in the coefficients.
     */
    static int decode(Poly w, byte[] messageOut) {
        Ring ring = w.ring();
        int messageBits = 8 * messageOut.length;
        int padding = 0;
        for (int i = 0; i < w.degree(); i++) {
            int bit = decodeBit(ring, w.get(i));
            if (i < messageBits) { // i and the length are public
                messageOut[i >>> 3] |= (byte) (bit << (i & 7));
            } else {
                padding |= bit;
            }
        }
        return padding;
    }

    /**
     * The largest |noise| for which decoding ⌈q/2⌉·b + noise returns b for both bits b, for odd q:
     * min(⌊q/4⌋, (q−1)/2 − ⌊q/4⌋ − 1, (q+1)/2 − ⌊q/4⌋ − 1).
     */
    public static long noiseTolerance(int q) {
        long quarter = q / 4;
        long a = (q - 1) / 2 - quarter - 1;
        long b = (q + 1) / 2 - quarter - 1;
        return Math.min(quarter, Math.min(a, b));
    }
}
