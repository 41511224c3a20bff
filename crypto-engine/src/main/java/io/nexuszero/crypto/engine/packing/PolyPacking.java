package io.nexuszero.crypto.engine.packing;

import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import io.nexuszero.crypto.engine.ring.Ring;

/**
 * Canonical encodings of ring elements.
 * <ul>
 *   <li><b>full</b>: every value in [0, q) in bits(q − 1) bits (23 bits for q = 8380417), for public polynomials
 *       such as t or ciphertext components. The domain (coefficient/NTT) is part of the caller's format, not the
 *       bytes.</li>
 *   <li><b>signed</b>: coefficients in [−b, b] stored as b − c in bits(2b) bits (FIPS 204 BitPack), for short
 *       vectors: secrets (b = η), proof responses (b = γ − τη).</li>
 * </ul>
 * Decoders are strict: exact length, every value in range, zero padding bits; errors never include values.
 */
public final class PolyPacking {

    private PolyPacking() {
    }

    /** Bits per value of the full encoding: bits(q − 1). */
    public static int fullWidth(Ring ring) {
        return 32 - Integer.numberOfLeadingZeros(ring.modulus() - 1);
    }

    /** Bytes of one fully encoded polynomial. */
    public static int fullBytes(Ring ring) {
        return BitPacker.packedLength(ring.degree(), fullWidth(ring));
    }

    /** Bits per coefficient of the signed encoding with bound b: bits(2b). */
    public static int signedWidth(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return 32 - Integer.numberOfLeadingZeros(2 * bound);
    }

    /** Bytes of one polynomial in the signed encoding with bound b. */
    public static int signedBytes(Ring ring, int bound) {
        return BitPacker.packedLength(ring.degree(), signedWidth(bound));
    }

    /** Encodes the values of p (in its current domain) with the full encoding. */
    public static byte[] packFull(Poly p) {
        return BitPacker.pack(p.values(), fullWidth(p.ring()));
    }

    /** Decodes a full encoding: exactly {@link #fullBytes} bytes, every value &lt; q; {@code ntt} sets the domain. */
    public static Poly unpackFull(Ring ring, byte[] data, boolean ntt) throws DecodingException {
        int[] values = BitPacker.unpack(data, ring.degree(), fullWidth(ring));
        int q = ring.modulus();
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= q) { // public data: a branch and an index in the message are fine
                throw new DecodingException("value " + i + " is not reduced modulo q");
            }
        }
        return ntt ? Poly.ofNttValues(ring, values) : Poly.ofCoefficients(ring, values);
    }

    /**
     * Encodes a coefficient-domain polynomial with coefficients in [−bound, bound] (branch-free in the values).
     *
     * @throws IllegalArgumentException if a coefficient exceeds the bound (the value is not shown)
     */
    public static byte[] packSigned(Poly p, int bound) {
        int width = signedWidth(bound);
        int[] centered = p.centered();
        int bad = 0;
        for (int i = 0; i < centered.length; i++) {
            int shifted = bound - centered[i]; // in [0, 2·bound] iff |c| <= bound
            bad |= shifted | (2 * bound - shifted);
            centered[i] = shifted;
        }
        if (bad < 0) {
            java.util.Arrays.fill(centered, 0);
            throw new IllegalArgumentException("a coefficient exceeds the signed encoding bound");
        }
        byte[] out = BitPacker.pack(centered, width);
        java.util.Arrays.fill(centered, 0);
        return out;
    }

    /**
     * Decodes a signed encoding with bound b: exact length, every stored value ≤ 2b. The range check runs over all
     * coefficients without early exit and the error does not say which coefficient failed (it may be a secret).
     */
    public static Poly unpackSigned(Ring ring, byte[] data, int bound) throws DecodingException {
        int[] stored = BitPacker.unpack(data, ring.degree(), signedWidth(bound));
        int bad = 0;
        for (int i = 0; i < stored.length; i++) {
            bad |= 2 * bound - stored[i];
            stored[i] = bound - stored[i];
        }
        if (bad < 0) {
            java.util.Arrays.fill(stored, 0);
            throw new DecodingException("coefficient out of range: signed coefficients must lie in [-" + bound + ", "
                + bound + "]");
        }
        Poly p = Poly.fromCentered(ring, stored);
        java.util.Arrays.fill(stored, 0);
        return p;
    }

    /** Reads one full-encoded polynomial from {@code reader}. */
    public static Poly readFull(ByteReader reader, Ring ring, boolean ntt, String field) throws DecodingException {
        return unpackFull(ring, reader.readBytes(fullBytes(ring), field), ntt);
    }

    /** Reads one signed-encoded polynomial from {@code reader}. */
    public static Poly readSigned(ByteReader reader, Ring ring, int bound, String field) throws DecodingException {
        return unpackSigned(ring, reader.readBytes(signedBytes(ring, bound), field), bound);
    }

    /** Writes every entry of v with the full encoding. */
    public static void writeFull(ByteWriter writer, PolyVec v) {
        for (Poly p : v.entries()) {
            writer.writeBytes(packFull(p));
        }
    }

    /** Writes every entry of v with the signed encoding (bound b). */
    public static void writeSigned(ByteWriter writer, PolyVec v, int bound) {
        for (Poly p : v.entries()) {
            writer.writeBytes(packSigned(p, bound));
        }
    }

    /** Reads a vector of {@code length} full-encoded polynomials. */
    public static PolyVec readFullVec(ByteReader reader, Ring ring, int length, boolean ntt, String field)
        throws DecodingException {
        Poly[] out = new Poly[length];
        for (int i = 0; i < length; i++) {
            out[i] = readFull(reader, ring, ntt, field + "[" + i + "]");
        }
        return PolyVec.of(out);
    }

    /** Reads a vector of {@code length} signed-encoded polynomials (bound b). */
    public static PolyVec readSignedVec(ByteReader reader, Ring ring, int length, int bound, String field)
        throws DecodingException {
        Poly[] out = new Poly[length];
        for (int i = 0; i < length; i++) {
            out[i] = readSigned(reader, ring, bound, field + "[" + i + "]");
        }
        return PolyVec.of(out);
    }
}
