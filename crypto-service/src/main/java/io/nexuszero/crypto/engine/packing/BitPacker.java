package io.nexuszero.crypto.engine.packing;

/**
 * Fixed-width little-endian bit packing of non-negative values (FIPS 203/204 SimpleBitPack layout: value i occupies
 * bits [w·i, w·i + w), least significant bit first). Loops depend only on the count and width, never on the values.
 */
public final class BitPacker {

    private BitPacker() {
    }

    /** Bytes needed for {@code count} values of {@code width} bits (rounded up to whole bytes). */
    public static int packedLength(int count, int width) {
        return (int) (((long) count * width + 7) / 8);
    }

    /** Packs values (each must fit in {@code width} bits, 1..31; only the low bits are used). */
    public static byte[] pack(int[] values, int width) {
        checkWidth(width);
        byte[] out = new byte[packedLength(values.length, width)];
        long buffer = 0;
        int bits = 0;
        int pos = 0;
        long mask = (1L << width) - 1;
        for (int v : values) {
            buffer |= (v & mask) << bits;
            bits += width;
            while (bits >= 8) {
                out[pos++] = (byte) buffer;
                buffer >>>= 8;
                bits -= 8;
            }
        }
        if (bits > 0) {
            out[pos] = (byte) buffer;
        }
        return out;
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
     * {@code offset} (the caller has checked that they exist); the padding bits must be zero.
     */
    static int[] unpack(byte[] data, int offset, int count, int width) throws DecodingException {
        checkWidth(width);
        int[] out = new int[count];
        long buffer = 0;
        int bits = 0;
        int pos = offset;
        long mask = (1L << width) - 1;
        for (int i = 0; i < count; i++) {
            while (bits < width) {
                buffer |= (long) (data[pos++] & 0xFF) << bits;
                bits += 8;
            }
            out[i] = (int) (buffer & mask);
            buffer >>>= width;
            bits -= width;
        }
        if (buffer != 0) {
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
