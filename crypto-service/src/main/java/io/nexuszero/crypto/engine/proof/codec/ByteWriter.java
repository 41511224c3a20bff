package io.nexuszero.crypto.engine.proof.codec;

import java.io.ByteArrayOutputStream;

/**
 * Appends canonical fields: big-endian integers, raw bytes and fixed-width bit-packed coefficient runs. Every packed
 * run starts on a byte boundary and is padded with zero bits to the next one, so each value has one encoding.
 */
public final class ByteWriter {

    private final ByteArrayOutputStream out;

    public ByteWriter(int expectedSize) {
        this.out = new ByteArrayOutputStream(expectedSize);
    }

    public ByteWriter u8(int value) {
        out.write(value);
        return this;
    }

    public ByteWriter u16(int value) {
        out.write(value >>> 8);
        out.write(value);
        return this;
    }

    public ByteWriter u32(long value) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift));
        }
        return this;
    }

    public ByteWriter bytes(byte[] data) {
        out.write(data, 0, data.length);
        return this;
    }

    /**
     * Packs each value (0 ≤ v < 2^width) in {@code width} bits, least significant bit first, padding the run with zero
     * bits to a byte boundary.
     */
    public ByteWriter packed(int[] values, int width) {
        long buffer = 0;
        int filled = 0;
        for (int v : values) {
            buffer |= ((long) v & ((1L << width) - 1)) << filled;
            filled += width;
            while (filled >= 8) {
                out.write((int) buffer);
                buffer >>>= 8;
                filled -= 8;
            }
        }
        if (filled > 0) {
            out.write((int) buffer);
        }
        return this;
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    /** Bytes taken by {@code count} values of {@code width} bits in one packed run. */
    public static int packedLength(long count, int width) {
        return Math.toIntExact((count * width + 7) / 8);
    }
}
