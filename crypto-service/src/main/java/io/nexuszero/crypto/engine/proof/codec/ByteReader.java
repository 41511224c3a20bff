package io.nexuszero.crypto.engine.proof.codec;

/**
 * Strict reader, the mirror of {@link ByteWriter}: every read checks the remaining length, packed runs must carry
 * zero padding bits, and {@link #finish()} refuses trailing bytes. Failures are {@link ProofDecodeException}s.
 */
public final class ByteReader {

    private final byte[] data;
    private int position;

    public ByteReader(byte[] data) {
        this.data = data;
    }

    private void require(int count) throws ProofDecodeException {
        if (count < 0 || data.length - position < count) {
            throw ProofDecodeException.malformed("truncated encoding");
        }
    }

    public int u8() throws ProofDecodeException {
        require(1);
        return data[position++] & 0xFF;
    }

    public int u16() throws ProofDecodeException {
        require(2);
        int v = ((data[position] & 0xFF) << 8) | (data[position + 1] & 0xFF);
        position += 2;
        return v;
    }

    public long u32() throws ProofDecodeException {
        require(4);
        long v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | (data[position++] & 0xFF);
        }
        return v;
    }

    public byte[] bytes(int count) throws ProofDecodeException {
        require(count);
        byte[] out = java.util.Arrays.copyOfRange(data, position, position + count);
        position += count;
        return out;
    }

    /**
     * Reads {@code count} values of {@code width} bits (see {@link ByteWriter#packed}); each must be ≤ {@code max},
     * else {@code outOfRangeReason} is thrown. Padding bits must be zero.
     */
    public int[] packed(int count, int width, int max, String outOfRangeReason) throws ProofDecodeException {
        int length = ByteWriter.packedLength(count, width);
        require(length);
        int[] values = new int[count];
        long buffer = 0;
        int filled = 0;
        int index = position;
        long mask = (1L << width) - 1;
        for (int i = 0; i < count; i++) {
            while (filled < width) {
                buffer |= (long) (data[index++] & 0xFF) << filled;
                filled += 8;
            }
            int v = (int) (buffer & mask);
            if (v > max) {
                throw new ProofDecodeException(outOfRangeReason, "packed value out of range");
            }
            values[i] = v;
            buffer >>>= width;
            filled -= width;
        }
        if (buffer != 0) {
            throw ProofDecodeException.malformed("non-zero padding bits");
        }
        position += length;
        return values;
    }

    public int remaining() {
        return data.length - position;
    }

    /** Refuses trailing bytes. */
    public void finish() throws ProofDecodeException {
        if (position != data.length) {
            throw ProofDecodeException.malformed("trailing bytes");
        }
    }
}
