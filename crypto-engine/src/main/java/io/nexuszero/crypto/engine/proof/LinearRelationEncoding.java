package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.packing.ByteReader;
import io.nexuszero.crypto.engine.packing.ByteWriter;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.ring.PolyVec;

/**
 * The linear-relation proof encoding (format 2):
 * {@code header (kind 0x04) ‖ c̃ (64) ‖ t1' (κ polys, mod q) ‖ t2' (r polys, mod q) ‖ h_1 … h_r (n − 1 coefficients
 * each, mod q; the constant coefficient is 0) ‖ z (κ + ℓ + λ polys) ‖ z' (κ + r + λ polys)}, responses as B − z.
 */
final class LinearRelationEncoding {

    private LinearRelationEncoding() {
    }

    /** A decoded proof: challenge seed, garbage commitment (t1', t2'), h, and the two responses. */
    record Proof(byte[] seed, CommitmentKey.Commitment garbage, PolyVec h, PolyVec z, PolyVec garbageZ) {
    }

    static byte[] encode(ProofParameters p, int valueCount, Proof proof) {
        ByteWriter out = new ByteWriter(length(p, valueCount));
        EncodingHeader.write(out, LinearRelationStatement.TYPE.proofKind(), p);
        out.writeBytes(proof.seed());
        PolyCodec.writeModQ(out, proof.garbage().t1(), p);
        PolyCodec.writeModQ(out, proof.garbage().t2(), p);
        PolyCodec.writeZeroConstant(out, proof.h(), p);
        PolyCodec.writeResponses(out, proof.z(), p);
        PolyCodec.writeResponses(out, proof.garbageZ(), p);
        return out.toByteArray();
    }

    static Proof decode(ProofParameters p, int valueCount, byte[] proof) throws DecodingException {
        int garbagePolys = LinearRelationProof.garbagePolys(p);
        ByteReader in = new ByteReader(proof);
        EncodingHeader.read(in, LinearRelationStatement.TYPE.proofKind(), p);
        byte[] seed = in.readBytes(Transcript.DIGEST_BYTES, "challenge seed");
        PolyVec t1 = PolyCodec.readModQ(in, p.rankK(), p);
        PolyVec t2 = PolyCodec.readModQ(in, garbagePolys, p);
        PolyVec h = PolyCodec.readZeroConstant(in, garbagePolys, p);
        PolyVec z = PolyCodec.readResponses(in, CommitmentKey.randomnessLength(p, CommitmentOpeningProof.messagePolys(p, valueCount)), p);
        PolyVec garbageZ = PolyCodec.readResponses(in, CommitmentKey.randomnessLength(p, garbagePolys), p);
        in.finish();
        return new Proof(seed, new CommitmentKey.Commitment(t1, t2), h, z, garbageZ);
    }

    /** Exact proof length for L values. */
    static int length(ProofParameters p, int valueCount) {
        int r = LinearRelationProof.garbagePolys(p);
        return EncodingHeader.length(p) + Transcript.DIGEST_BYTES + PolyCodec.modQLength(p, p.rankK() + r)
                + PolyCodec.zeroConstantLength(p, r)
                + PolyCodec.responseLength(p, CommitmentKey.randomnessLength(p, CommitmentOpeningProof.messagePolys(p, valueCount))
                        + CommitmentKey.randomnessLength(p, r));
    }
}
