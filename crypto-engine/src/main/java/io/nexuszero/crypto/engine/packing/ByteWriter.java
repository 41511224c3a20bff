package io.nexuszero.crypto.engine.packing;

import java.util.Arrays;

/**
 * Growable byte buffer for canonical encodings: little-endian integers (keys, ciphertexts), big-endian integers (proof
 * encodings), raw bytes and bit-packed runs. Not thread-safe.
 */
public final class ByteWriter {

    private byte[] buffer;
    private int size;

    /** A writer with the default initial capacity (256 bytes). */
    public ByteWriter() {
        this(256);
    }

    /** A writer sized for {@code expectedSize} bytes (it still grows if more are written). */
    public ByteWriter(int expectedSize) {
        this.buffer = new byte[Math.max(16, expectedSize)];
    }

    /** Appends one byte (the low 8 bits of {@code value}). */
    public ByteWriter writeByte(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
        return this;
    }

    /** Appends a 16-bit little-endian unsigned integer; value must be in [0, 65535]. */
    public ByteWriter writeUint16(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("uint16 out of range");
        }
        return writeByte(value).writeByte(value >>> 8);
    }

    /** Appends a 32-bit little-endian integer. */
    public ByteWriter writeInt32(int value) {
        return writeByte(value).writeByte(value >>> 8).writeByte(value >>> 16).writeByte(value >>> 24);
    }

    /** Appends a 16-bit big-endian unsigned integer; value must be in [0, 65535]. */
    public ByteWriter writeUint16BigEndian(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("uint16 out of range");
        }
        return writeByte(value >>> 8).writeByte(value);
    }

    /** Appends the low 32 bits of {@code value} as a big-endian integer. */
    public ByteWriter writeUint32BigEndian(long value) {
        return writeByte((int) (value >>> 24)).writeByte((int) (value >>> 16)).writeByte((int) (value >>> 8))
            .writeByte((int) value);
    }

    /**
     * Appends the values at {@code width} bits each, least significant bit first ({@link BitPacker} layout), padded
     * with zero bits to the next byte boundary.
     */
    public ByteWriter writePacked(int[] values, int width) {
        return writeBytes(BitPacker.pack(values, width));
    }

    /** Appends all of {@code bytes}. */
    public ByteWriter writeBytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** Number of bytes written so far. */
    public int size() {
        return size;
    }

    /** A copy of the written bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void ensure(int extra) {
        if (size + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
        }
    }
}
