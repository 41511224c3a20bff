package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.proof.codec.ByteReader;
import io.nexuszero.crypto.engine.proof.codec.ByteWriter;
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
        return ByteWriter.packedLength((long) polys * p.degree(), p.modulusBits());
    }

    static int responseLength(ProofParameters p, int polys) {
        return ByteWriter.packedLength((long) polys * p.degree(), p.responseBits());
    }

    static void writeModQ(ByteWriter out, PolyVec v, ProofParameters p) {
        for (Poly poly : v.fromNtt().entries()) {
            out.packed(poly.values(), p.modulusBits());
        }
    }

    static PolyVec readModQ(ByteReader in, int polys, ProofParameters p) throws ProofDecodeException {
        Poly[] out = new Poly[polys];
        for (int i = 0; i < polys; i++) {
            int[] values = in.packed(p.degree(), p.modulusBits(), p.modulus() - 1, ProofDecodeException.MALFORMED);
            out[i] = Poly.ofCoefficients(p.ring(), values);
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
            out.packed(centered, p.responseBits());
        }
    }

    /** Reads a response vector; a coefficient outside [−B, B] is the decode error "norm_exceeded". */
    static PolyVec readResponses(ByteReader in, int polys, ProofParameters p) throws ProofDecodeException {
        int bound = p.responseBound();
        Poly[] out = new Poly[polys];
        for (int i = 0; i < polys; i++) {
            int[] values = in.packed(p.degree(), p.responseBits(), 2 * bound, ProofDecodeException.NORM_EXCEEDED);
            for (int j = 0; j < values.length; j++) {
                values[j] = bound - values[j];
            }
            out[i] = Poly.fromCentered(p.ring(), values);
        }
        return PolyVec.of(out);
    }
}
