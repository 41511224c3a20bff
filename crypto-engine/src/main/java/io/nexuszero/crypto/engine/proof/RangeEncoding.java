package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.packing.ByteReader;
import io.nexuszero.crypto.engine.packing.ByteWriter;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.ring.PolyVec;

/**
 * The range proof encoding:
 * {@code header (kind 0x05) ‖ c̃ (64) ‖ t1_a (κ polys, mod q) ‖ t2_a (2r + R·ℓ_s polys, mod q: g, û, e in slot
 * order) ‖ h_1 … h_r (n − 1 coefficients each; the constant coefficient is 0) ‖ z_s (κ + ℓ_s + λ polys) ‖
 * z_a (κ + 2r + R·ℓ_s + λ polys)}, responses as B − z.
 */
final class RangeEncoding {

    private RangeEncoding() {
    }

    /** A decoded proof: challenge seed, auxiliary commitment, h, and the two responses. */
    record Proof(byte[] seed, CommitmentKey.Commitment auxiliary, PolyVec h, PolyVec z, PolyVec auxiliaryZ) {
    }

    static byte[] encode(ProofParameters p, RangeLayout layout, Proof proof) {
        ByteWriter out = new ByteWriter(length(p, layout));
        EncodingHeader.write(out, RangeStatement.TYPE.proofKind(), p);
        out.writeBytes(proof.seed());
        PolyCodec.writeModQ(out, proof.auxiliary().t1(), p);
        PolyCodec.writeModQ(out, proof.auxiliary().t2(), p);
        PolyCodec.writeZeroConstant(out, proof.h(), p);
        PolyCodec.writeResponses(out, proof.z(), p);
        PolyCodec.writeResponses(out, proof.auxiliaryZ(), p);
        return out.toByteArray();
    }

    static Proof decode(ProofParameters p, RangeLayout layout, byte[] proof) throws DecodingException {
        ByteReader in = new ByteReader(proof);
        EncodingHeader.read(in, RangeStatement.TYPE.proofKind(), p);
        byte[] seed = in.readBytes(Transcript.DIGEST_BYTES, "challenge seed");
        PolyVec t1 = PolyCodec.readModQ(in, p.rankK(), p);
        PolyVec t2 = PolyCodec.readModQ(in, layout.auxiliarySlots(), p);
        PolyVec h = PolyCodec.readZeroConstant(in, layout.rows(), p);
        PolyVec z = PolyCodec.readResponses(in, statementRandomness(p, layout), p);
        PolyVec auxiliaryZ = PolyCodec.readResponses(in, auxiliaryRandomness(p, layout), p);
        in.finish();
        return new Proof(seed, new CommitmentKey.Commitment(t1, t2), h, z, auxiliaryZ);
    }

    /** Exact proof length. */
    static int length(ProofParameters p, RangeLayout layout) {
        return EncodingHeader.length(p) + Transcript.DIGEST_BYTES
                + PolyCodec.modQLength(p, p.rankK() + layout.auxiliarySlots())
                + PolyCodec.zeroConstantLength(p, layout.rows())
                + PolyCodec.responseLength(p, statementRandomness(p, layout) + auxiliaryRandomness(p, layout));
    }

    /** κ + ℓ_s + λ. */
    static int statementRandomness(ProofParameters p, RangeLayout layout) {
        return CommitmentKey.randomnessLength(p, layout.bitPolys());
    }

    /** κ + ℓ_a + λ. */
    static int auxiliaryRandomness(ProofParameters p, RangeLayout layout) {
        return CommitmentKey.randomnessLength(p, layout.auxiliarySlots());
    }
}
