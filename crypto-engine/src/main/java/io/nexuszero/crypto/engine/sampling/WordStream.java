package io.nexuszero.crypto.engine.sampling;

/**
 * 64-bit words and single bits read in turn from an {@link AesCtrStream}, through a small buffer: the Gaussian
 * samplers draw a few words per sample, and one cipher call per word would cost more than the sampling. The buffer
 * holds keystream only (masks are derived from it), so it is wiped when the stream is closed. Not thread-safe.
 */
public final class WordStream implements AutoCloseable {

    private static final int BUFFER_WORDS = 1024;

    private final AesCtrStream stream;
    private final byte[] buffer = new byte[8 * BUFFER_WORDS];
    private final long[] words = new long[BUFFER_WORDS];
    private int position = BUFFER_WORDS;
    private long bits;
    private int bitsLeft;
    private long half;
    private boolean haveHalf;

    public WordStream(AesCtrStream stream) {
        this.stream = stream;
    }

    /** The next 64 keystream bits, little-endian. */
    public long nextLong() {
        if (position == BUFFER_WORDS) {
            stream.fill(buffer);
            java.nio.ByteBuffer.wrap(buffer).order(java.nio.ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(words);
            java.util.Arrays.fill(buffer, (byte) 0);
            position = 0;
        }
        return words[position++];
    }

    /** The next 32 keystream bits as an unsigned value in [0, 2^32) (two per word). */
    public long nextUnsignedInt() {
        if (haveHalf) {
            haveHalf = false;
            return half;
        }
        long word = nextLong();
        half = word >>> 32;
        haveHalf = true;
        return word & 0xFFFFFFFFL;
    }

    /** The next single bit (0 or 1), taken from a word kept for bits. */
    public int nextBit() {
        if (bitsLeft == 0) {
            bits = nextLong();
            bitsLeft = 64;
        }
        int bit = (int) (bits & 1);
        bits >>>= 1;
        bitsLeft--;
        return bit;
    }

    /** Wipes the buffered keystream. */
    @Override
    public void close() {
        java.util.Arrays.fill(buffer, (byte) 0);
        java.util.Arrays.fill(words, 0);
        bits = 0;
        bitsLeft = 0;
        half = 0;
        haveHalf = false;
        position = BUFFER_WORDS;
    }
}
