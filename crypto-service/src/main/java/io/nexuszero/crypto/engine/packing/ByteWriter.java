package io.nexuszero.crypto.engine.packing;

import java.util.Arrays;

/** Growable byte buffer for canonical encodings (little-endian integers). Not thread-safe. */
public final class ByteWriter {

    private byte[] buffer = new byte[256];
    private int size;

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
