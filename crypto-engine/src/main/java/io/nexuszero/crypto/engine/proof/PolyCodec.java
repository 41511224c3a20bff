package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.packing.BitPacker;
import io.nexuszero.crypto.engine.packing.ByteReader;
import io.nexuszero.crypto.engine.packing.ByteWriter;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.proof.codec.ProofDecodeException;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;

/**
 * Canonical packings of polynomial vectors (n is a multiple of 8, so every polynomial fills whole bytes):
 * mod-q values at ⌈log2 q⌉ bits (each &lt; q), and responses z with ‖z‖∞ ≤ B stored as B − z at ⌈log2(2B+1)⌉ bits.
 */
final class PolyCodec {

    private PolyCodec() {
    }

    static int modQLength(ProofParameters p, int polys) {
        return Math.multiplyExact(polys, BitPacker.packedLength(p.degree(), p.modulusBits()));
    }

    static int responseLength(ProofParameters p, int polys) {
        return Math.multiplyExact(polys, BitPacker.packedLength(p.degree(), p.responseBits()));
    }

    static void writeModQ(ByteWriter out, PolyVec v, ProofParameters p) {
        for (Poly poly : v.fromNtt().entries()) {
            out.writePacked(poly.values(), p.modulusBits());
        }
    }

    /** Bytes of the first {@code count} coefficients of a vector of mod-q polynomials. */
    static int modQPrefixLength(ProofParameters p, int count) {
        return BitPacker.packedLength(count, p.modulusBits());
    }

    /** Writes coefficients 0 … count − 1 of v (coefficient i is coefficient i mod n of polynomial ⌊i/n⌋). */
    static void writeModQPrefix(ByteWriter out, PolyVec v, int count, ProofParameters p) {
        int[] values = new int[count];
        PolyVec coefficients = v.fromNtt();
        for (int i = 0; i < count; i++) {
            values[i] = coefficients.get(i / p.degree()).get(i % p.degree());
        }
        out.writePacked(values, p.modulusBits());
    }

    /** Reads {@link #writeModQPrefix}'s values into {@code polys} polynomials, zero beyond {@code count}. */
    static PolyVec readModQPrefix(ByteReader in, int polys, int count, ProofParameters p) throws DecodingException {
        int[] values = in.readPacked(count, p.modulusBits(), "mod-q values");
        requireAtMost(values, p.modulus() - 1, ProofDecodeException.MALFORMED);
        int n = p.degree();
        Poly[] out = new Poly[polys];
        for (int i = 0; i < polys; i++) {
            int[] coefficients = new int[n];
            int from = i * n;
            System.arraycopy(values, from, coefficients, 0, Math.max(0, Math.min(n, count - from)));
            out[i] = Poly.ofCoefficients(p.ring(), coefficients);
        }
        return PolyVec.of(out);
    }

    /** Reads mod-q values; a value ≥ q is "malformed". */
    static PolyVec readModQ(ByteReader in, int polys, ProofParameters p) throws DecodingException {
        Poly[] out = new Poly[polys];
        for (int i = 0; i < polys; i++) {
            int[] values = in.readPacked(p.degree(), p.modulusBits(), "mod-q values");
            requireAtMost(values, p.modulus() - 1, ProofDecodeException.MALFORMED);
            out[i] = Poly.ofCoefficients(p.ring(), values);
        }
        return PolyVec.of(out);
    }

    /** Bytes of {@code polys} polynomials with a zero constant coefficient: the other n − 1 at ⌈log2 q⌉ bits. */
    static int zeroConstantLength(ProofParameters p, int polys) {
        return Math.multiplyExact(polys, BitPacker.packedLength(p.degree() - 1, p.modulusBits()));
    }

    /**
     * Writes coefficients 1 … n − 1 of each polynomial: the constant coefficient is zero by construction (the
     * constant-coefficient proofs' h), so it is not sent and a decoded one is zero — the verifier's check ct(h) = 0
     * is the encoding itself.
     *
     * @throws IllegalStateException if a constant coefficient is not zero (a prover bug; never encoded silently)
     */
    static void writeZeroConstant(ByteWriter out, PolyVec v, ProofParameters p) {
        for (Poly poly : v.fromNtt().entries()) {
            int[] values = poly.values();
            if (values[0] != 0) {
                throw new IllegalStateException("constant coefficient is not zero");
            }
            out.writePacked(java.util.Arrays.copyOfRange(values, 1, values.length), p.modulusBits());
        }
    }

    /** Reads {@link #writeZeroConstant}'s polynomials (constant coefficient 0); a value ≥ q is "malformed". */
    static PolyVec readZeroConstant(ByteReader in, int polys, ProofParameters p) throws DecodingException {
        Poly[] out = new Poly[polys];
        for (int i = 0; i < polys; i++) {
            int[] values = in.readPacked(p.degree() - 1, p.modulusBits(), "mod-q values");
            requireAtMost(values, p.modulus() - 1, ProofDecodeException.MALFORMED);
            int[] coefficients = new int[p.degree()];
            System.arraycopy(values, 0, coefficients, 1, values.length);
            out[i] = Poly.ofCoefficients(p.ring(), coefficients);
        }
        return PolyVec.of(out);
    }

    /** Writes a response vector; the caller has checked ‖z‖∞ ≤ B. */
    static void writeResponses(ByteWriter out, PolyVec z, ProofParameters p) {
        int bound = p.responseBound();
        for (Poly poly : z.entries()) {
            int[] centered = poly.centered();
            for (int i = 0; i < centered.length; i++) {
                centered[i] = bound - centered[i];
            }
            out.writePacked(centered, p.responseBits());
        }
    }

    /** Reads a response vector; a coefficient outside [−B, B] is the decode error "norm_exceeded". */
    static PolyVec readResponses(ByteReader in, int polys, ProofParameters p) throws DecodingException {
        int bound = p.responseBound();
        Poly[] out = new Poly[polys];
        for (int i = 0; i < polys; i++) {
            int[] values = in.readPacked(p.degree(), p.responseBits(), "responses");
            requireAtMost(values, 2 * bound, ProofDecodeException.NORM_EXCEEDED);
            for (int j = 0; j < values.length; j++) {
                values[j] = bound - values[j];
            }
            out[i] = Poly.fromCentered(p.ring(), values);
        }
        return PolyVec.of(out);
    }

    /** Public data (encodings are public): stopping at the first bad value is fine. */
    private static void requireAtMost(int[] values, int max, String reason) throws ProofDecodeException {
        for (int v : values) {
            if (v > max) {
                throw new ProofDecodeException(reason, "packed value out of range");
            }
        }
    }
}
