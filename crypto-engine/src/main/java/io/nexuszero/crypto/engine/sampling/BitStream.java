package io.nexuszero.crypto.engine.sampling;

/**
 * Reads fixed-width little-endian bit groups from an XOF. The width is public, so the reads are data-independent.
 */
final class BitStream {

    private final Xof xof;
    private long buffer;
    private int available;

    BitStream(Xof xof) {
        this.xof = xof;
    }

    /** The next {@code bits} bits (1..31) as a non-negative int, least significant bit first. */
    int next(int bits) {
        while (available < bits) {
            buffer |= (long) xof.nextByte() << available;
            available += 8;
        }
        int value = (int) (buffer & ((1L << bits) - 1));
        buffer >>>= bits;
        available -= bits;
        return value;
    }
}
