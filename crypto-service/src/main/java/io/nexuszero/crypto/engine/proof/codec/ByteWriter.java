package io.nexuszero.crypto.engine.proof.codec;

import java.util.Arrays;

/**
 * Appends canonical fields: big-endian integers, raw bytes and fixed-width bit-packed coefficient runs. Every packed
 * run starts on a byte boundary and is padded with zero bits to the next one, so each value has one encoding.
 */
public final class ByteWriter {

    private byte[] buffer;
    private int size;

    public ByteWriter(int expectedSize) {
        this.buffer = new byte[Math.max(16, expectedSize)];
    }

    private void write(int value) {
        if (size == buffer.length) {
            buffer = Arrays.copyOf(buffer, 2 * buffer.length);
        }
        buffer[size++] = (byte) value;
    }

    public ByteWriter u8(int value) {
        write(value);
        return this;
    }

    public ByteWriter u16(int value) {
        write(value >>> 8);
        write(value);
        return this;
    }

    public ByteWriter u32(long value) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            write((int) (value >>> shift));
        }
        return this;
    }

    public ByteWriter bytes(byte[] data) {
        if (size + data.length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, size + data.length));
        }
        System.arraycopy(data, 0, buffer, size, data.length);
        size += data.length;
        return this;
    }

    /**
     * Packs each value (0 ≤ v < 2^width) in {@code width} bits, least significant bit first, padding the run with zero
     * bits to a byte boundary.
     */
    public ByteWriter packed(int[] values, int width) {
        long bits = 0;
        int filled = 0;
        for (int v : values) {
            bits |= ((long) v & ((1L << width) - 1)) << filled;
            filled += width;
            while (filled >= 8) {
                write((int) bits);
                bits >>>= 8;
                filled -= 8;
            }
        }
        if (filled > 0) {
            write((int) bits);
        }
        return this;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    /** Bytes taken by {@code count} values of {@code width} bits in one packed run. */
    public static int packedLength(long count, int width) {
        return Math.toIntExact((count * width + 7) / 8);
    }
}
