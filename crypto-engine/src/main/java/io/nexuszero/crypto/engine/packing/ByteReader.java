package io.nexuszero.crypto.engine.packing;

import java.util.Arrays;

/**
 * Strict sequential reader for canonical encodings: every read checks the remaining length, packed runs must carry
 * zero padding bits, and {@link #finish()} refuses trailing bytes, so a decoder built on it accepts exactly one
 * encoding per value. Keys and ciphertexts use the little-endian integers, proof encodings the big-endian ones.
 */
public final class ByteReader {

    private final byte[] data;
    private int position;

    /** Reads from {@code data} (not copied; do not modify it while reading). */
    public ByteReader(byte[] data) {
        this.data = data;
    }

    /** Bytes not yet read. */
    public int remaining() {
        return data.length - position;
    }

    /** Reads one unsigned byte; {@code field} names it in the error. */
    public int readByte(String field) throws DecodingException {
        require(1, field);
        return data[position++] & 0xFF;
    }

    /** Reads a 16-bit little-endian unsigned integer. */
    public int readUint16(String field) throws DecodingException {
        require(2, field);
        int v = (data[position] & 0xFF) | (data[position + 1] & 0xFF) << 8;
        position += 2;
        return v;
    }

    /** Reads a 32-bit little-endian integer. */
    public int readInt32(String field) throws DecodingException {
        require(4, field);
        int v = (data[position] & 0xFF) | (data[position + 1] & 0xFF) << 8 | (data[position + 2] & 0xFF) << 16
            | (data[position + 3] & 0xFF) << 24;
        position += 4;
        return v;
    }

    /** Reads a 16-bit big-endian unsigned integer. */
    public int readUint16BigEndian(String field) throws DecodingException {
        require(2, field);
        int v = (data[position] & 0xFF) << 8 | (data[position + 1] & 0xFF);
        position += 2;
        return v;
    }

    /** Reads a 32-bit big-endian unsigned integer. */
    public long readUint32BigEndian(String field) throws DecodingException {
        require(4, field);
        long v = (long) (data[position] & 0xFF) << 24 | (data[position + 1] & 0xFF) << 16
            | (data[position + 2] & 0xFF) << 8 | (data[position + 3] & 0xFF);
        position += 4;
        return v;
    }

    /**
     * Reads {@code count} values of {@code width} bits packed as {@link ByteWriter#writePacked} writes them (a run of
     * {@link BitPacker#packedLength} bytes whose padding bits must be zero). Range checks are the caller's.
     */
    public int[] readPacked(int count, int width, String field) throws DecodingException {
        int length = BitPacker.packedLength(count, width);
        require(length, field);
        int[] values = BitPacker.unpack(data, position, count, width);
        position += length;
        return values;
    }

    /** Reads exactly {@code length} bytes. */
    public byte[] readBytes(int length, String field) throws DecodingException {
        require(length, field);
        byte[] out = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return out;
    }

    /** Succeeds only if every byte has been consumed. */
    public void finish() throws DecodingException {
        if (position != data.length) {
            throw new DecodingException("trailing bytes: " + (data.length - position) + " unexpected byte(s) at the end");
        }
    }

    private void require(int length, String field) throws DecodingException {
        if (length < 0 || data.length - position < length) {
            throw new DecodingException("truncated input: " + field + " needs " + length + " byte(s), "
                + (data.length - position) + " left");
        }
    }
}
