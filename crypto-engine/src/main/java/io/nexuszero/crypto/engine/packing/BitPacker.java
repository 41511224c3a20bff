package io.nexuszero.crypto.engine.packing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Fixed-width little-endian bit packing of non-negative values (FIPS 203/204 SimpleBitPack layout: value i occupies
 * bits [w·i, w·i + w), least significant bit first). Loops depend only on the count and width, never on the values.
 */
public final class BitPacker {

    private static final VarHandle LITTLE_ENDIAN_INT =
        MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LITTLE_ENDIAN_LONG =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private BitPacker() {
    }

    /** Bytes needed for {@code count} values of {@code width} bits (rounded up to whole bytes). */
    public static int packedLength(int count, int width) {
        return (int) (((long) count * width + 7) / 8);
    }

    /** Packs values (each must fit in {@code width} bits, 1..31; only the low bits are used). */
    public static byte[] pack(int[] values, int width) {
        byte[] out = new byte[packedLength(values.length, width)];
        pack(values, width, out, 0);
        return out;
    }

    /**
     * Packs values into the {@link #packedLength(int, int)} bytes of {@code out} at {@code offset}. Bits collect in a
     * long and leave four bytes at a time: pending bits always belong to the output, so 32 of them mean four bytes
     * remain to be written.
     */
    public static void pack(int[] values, int width, byte[] out, int offset) {
        checkWidth(width);
        int end = offset + packedLength(values.length, width);
        if (offset < 0 || end > out.length) {
            throw new IndexOutOfBoundsException("output too short for the packed values");
        }
        long buffer = 0;
        int bits = 0;
        int pos = offset;
        long mask = (1L << width) - 1;
        for (int v : values) {
            buffer |= (v & mask) << bits;
            bits += width;
            if (bits >= 32) {
                LITTLE_ENDIAN_INT.set(out, pos, (int) buffer);
                pos += 4;
                buffer >>>= 32;
                bits -= 32;
            }
        }
        while (bits > 0) {
            out[pos++] = (byte) buffer;
            buffer >>>= 8;
            bits -= 8;
        }
    }

    /**
     * Unpacks {@code count} values of {@code width} bits. The input length must be exactly
     * {@link #packedLength(int, int)} and unused high bits of the last byte must be zero (canonical form).
     */
    public static int[] unpack(byte[] data, int count, int width) throws DecodingException {
        checkWidth(width);
        if (data.length != packedLength(count, width)) {
            throw new DecodingException("wrong length: expected " + packedLength(count, width) + " bytes, got "
                + data.length);
        }
        return unpack(data, 0, count, width);
    }

    /**
     * Unpacks {@code count} values of {@code width} bits from the {@link #packedLength(int, int)} bytes at
     * {@code offset} (the caller has checked that they exist); the padding bits must be zero. Value i starts at bit
     * i·w: one 8-byte little-endian load at its first byte holds all of it (bit shift ≤ 7, w ≤ 31); the last few
     * values, whose 8-byte window would pass the end, are assembled byte by byte.
     */
    static int[] unpack(byte[] data, int offset, int count, int width) throws DecodingException {
        checkWidth(width);
        int end = offset + packedLength(count, width);
        int[] out = new int[count];
        long mask = (1L << width) - 1;
        int i = 0;
        long bit = 0;
        for (; i < count; i++, bit += width) {
            int pos = offset + (int) (bit >>> 3);
            if (pos + 8 > end) {
                break;
            }
            out[i] = (int) (((long) LITTLE_ENDIAN_LONG.get(data, pos) >>> (bit & 7)) & mask);
        }
        for (; i < count; i++, bit += width) {
            int pos = offset + (int) (bit >>> 3);
            long window = 0;
            for (int k = 0; k < 8 && pos + k < end; k++) {
                window |= (long) (data[pos + k] & 0xFF) << (8 * k);
            }
            out[i] = (int) ((window >>> (bit & 7)) & mask);
        }
        int usedBitsOfLastByte = (int) (((long) count * width) & 7);
        if (usedBitsOfLastByte != 0 && (data[end - 1] & 0xFF) >>> usedBitsOfLastByte != 0) {
            throw new DecodingException("non-canonical encoding: padding bits of the last byte are not zero");
        }
        return out;
    }

    private static void checkWidth(int width) {
        if (width < 1 || width > 31) {
            throw new IllegalArgumentException("bit width must be in [1, 31]");
        }
    }
}
