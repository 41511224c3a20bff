package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.packing.ByteReader;
import io.nexuszero.crypto.engine.packing.ByteWriter;
import io.nexuszero.crypto.engine.packing.DecodingException;
import io.nexuszero.crypto.engine.ring.PolyVec;

import java.util.ArrayList;
import java.util.List;

/**
 * The range proof encoding: {@code header (kind 0x06) ‖ chunk_1 ‖ … ‖ chunk_m}, one body per chunk of the statement
 * ({@link RangeChunks}), each
 * {@code c̃ (64) ‖ t1_a (κ polys, mod q) ‖ t2_a (2r + R·ℓ_s polys, mod q: g, û, e in slot order) ‖ h_1 … h_r
 * (n − 1 coefficients each; the constant coefficient is 0) ‖ z_s (κ + ℓ_s + λ polys) ‖
 * z_a (κ + 2r + R·ℓ_s + λ polys)}, responses as B − z. With one chunk this is the single-commitment proof.
 */
final class RangeEncoding {

    private RangeEncoding() {
    }

    /** One chunk's proof: challenge seed, auxiliary commitment, h, and the two responses. */
    record Proof(byte[] seed, CommitmentKey.Commitment auxiliary, PolyVec h, PolyVec z, PolyVec auxiliaryZ) {
    }

    /** A one-chunk proof. */
    static byte[] encode(ProofParameters p, RangeLayout layout, Proof proof) {
        return encode(p, List.of(layout), List.of(proof));
    }

    /** A proof of one body per chunk, in order. */
    static byte[] encode(ProofParameters p, List<RangeLayout> layouts, List<Proof> chunks) {
        if (layouts.size() != chunks.size()) {
            throw new IllegalArgumentException("need one proof per chunk");
        }
        ByteWriter out = new ByteWriter(length(p, layouts));
        EncodingHeader.write(out, RangeStatement.TYPE.proofKind(), p);
        for (Proof chunk : chunks) {
            writeChunk(out, p, chunk);
        }
        return out.toByteArray();
    }

    private static void writeChunk(ByteWriter out, ProofParameters p, Proof proof) {
        out.writeBytes(proof.seed());
        PolyCodec.writeModQ(out, proof.auxiliary().t1(), p);
        PolyCodec.writeModQ(out, proof.auxiliary().t2(), p);
        PolyCodec.writeZeroConstant(out, proof.h(), p);
        PolyCodec.writeResponses(out, proof.z(), p);
        PolyCodec.writeResponses(out, proof.auxiliaryZ(), p);
    }

    /** A one-chunk proof. */
    static Proof decode(ProofParameters p, RangeLayout layout, byte[] proof) throws DecodingException {
        return decode(p, List.of(layout), proof).get(0);
    }

    /** One body per chunk layout; the proof must end with the last. */
    static List<Proof> decode(ProofParameters p, List<RangeLayout> layouts, byte[] proof) throws DecodingException {
        ByteReader in = new ByteReader(proof);
        EncodingHeader.read(in, RangeStatement.TYPE.proofKind(), p);
        List<Proof> chunks = new ArrayList<>(layouts.size());
        for (RangeLayout layout : layouts) {
            chunks.add(readChunk(in, p, layout));
        }
        in.finish();
        return chunks;
    }

    private static Proof readChunk(ByteReader in, ProofParameters p, RangeLayout layout) throws DecodingException {
        byte[] seed = in.readBytes(Transcript.DIGEST_BYTES, "challenge seed");
        PolyVec t1 = PolyCodec.readModQ(in, p.rankK(), p);
        PolyVec t2 = PolyCodec.readModQ(in, layout.auxiliarySlots(), p);
        PolyVec h = PolyCodec.readZeroConstant(in, layout.rows(), p);
        PolyVec z = PolyCodec.readResponses(in, statementRandomness(p, layout), p);
        PolyVec auxiliaryZ = PolyCodec.readResponses(in, auxiliaryRandomness(p, layout), p);
        return new Proof(seed, new CommitmentKey.Commitment(t1, t2), h, z, auxiliaryZ);
    }

    /** Exact proof length over the chunks' layouts. */
    static int length(ProofParameters p, List<RangeLayout> layouts) {
        int length = EncodingHeader.length(p);
        for (RangeLayout layout : layouts) {
            length += chunkLength(p, layout);
        }
        return length;
    }

    /** Exact length of one chunk's body. */
    static int chunkLength(ProofParameters p, RangeLayout layout) {
        return Transcript.DIGEST_BYTES
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
