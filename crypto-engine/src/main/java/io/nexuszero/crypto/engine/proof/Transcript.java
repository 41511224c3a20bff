package io.nexuszero.crypto.engine.proof;

import io.nexuszero.crypto.engine.packing.BitPacker;
import io.nexuszero.crypto.engine.ring.Poly;
import io.nexuszero.crypto.engine.ring.PolyVec;
import org.bouncycastle.crypto.digests.SHAKEDigest;

import java.nio.charset.StandardCharsets;

/**
 * Fiat–Shamir with SHAKE-256, in three steps like ML-DSA's tr and μ:
 * <ol>
 *   <li>tr = SHAKE-256(body), 64 bytes, where body is the canonical statement encoding after its header (the header
 *       is a function of the type and the parameters, both bound below); for lwe-secret the body is the public key's
 *       encoding ρ ‖ t, so tr is the key's own digest and a key computes it once, as FIPS 204's tr;</li>
 *   <li>μ = SHAKE-256(⟨domain⟩ ‖ ⟨parameters⟩ ‖ ⟨tr⟩ ‖ ⟨context⟩), 64 bytes, where ⟨x⟩ is x prefixed by its
 *       4-byte big-endian length, domain = "nexuszero/proof/&lt;type&gt;/v1", parameters = the canonical encoding of
 *       every parameter (id included);</li>
 *   <li>c̃ = SHAKE-256(μ ‖ w_1 ‖ … ‖ w_m), 64 bytes, each w_i packed coefficient-wise at ⌈log2 q⌉ bits.</li>
 * </ol>
 * μ is computed once per proof; c̃ once per attempt.
 */
final class Transcript {

    /** Bytes of μ and of the challenge seed c̃. */
    static final int DIGEST_BYTES = 64;
    /** Longest accepted caller context. */
    static final int MAX_CONTEXT_BYTES = 1024;

    private Transcript() {
    }

    /** μ for a canonical statement encoding (header ‖ body): tr is the digest of the body. */
    static byte[] statementDigest(ProofType type, ProofParameters p, byte[] statement, byte[] context) {
        int header = EncodingHeader.length(p);
        return statementDigestOf(type, p, bodyDigest(statement, header, statement.length - header), context);
    }

    /** tr = SHAKE-256(bytes[offset, offset + length)), 64 bytes. */
    static byte[] bodyDigest(byte[] bytes, int offset, int length) {
        SHAKEDigest shake = new SHAKEDigest(256);
        shake.update(bytes, offset, length);
        byte[] tr = new byte[DIGEST_BYTES];
        shake.doFinal(tr, 0, tr.length);
        return tr;
    }

    /** μ from a precomputed tr (a public key caches its own, {@code PublicKey.digest()}). */
    static byte[] statementDigestOf(ProofType type, ProofParameters p, byte[] tr, byte[] context) {
        if (context.length > MAX_CONTEXT_BYTES) {
            throw new IllegalArgumentException("context longer than " + MAX_CONTEXT_BYTES + " bytes");
        }
        SHAKEDigest shake = new SHAKEDigest(256);
        absorbWithLength(shake, type.transcriptDomain().getBytes(StandardCharsets.US_ASCII));
        absorbWithLength(shake, p.canonicalEncoding());
        absorbWithLength(shake, tr);
        absorbWithLength(shake, context);
        byte[] mu = new byte[DIGEST_BYTES];
        shake.doFinal(mu, 0, mu.length);
        return mu;
    }

    /** c̃ = SHAKE-256(μ ‖ packed w's); the w's must be in the coefficient domain. */
    static byte[] challengeSeed(ProofParameters p, byte[] mu, PolyVec... commitments) {
        SHAKEDigest shake = new SHAKEDigest(256);
        shake.update(mu, 0, mu.length);
        int bits = p.modulusBits();
        byte[] packed = new byte[BitPacker.packedLength(p.degree(), bits)];
        for (PolyVec w : commitments) {
            for (Poly poly : w.entries()) {
                pack(poly, bits, packed);
                shake.update(packed, 0, packed.length);
            }
        }
        byte[] seed = new byte[DIGEST_BYTES];
        shake.doFinal(seed, 0, seed.length);
        return seed;
    }

    /** SHAKE-256(μ ‖ ⟨label⟩ ‖ index as 4 bytes big-endian), 64 bytes: a sub-transcript's start, one per index. */
    static byte[] indexed(byte[] mu, String label, int index) {
        SHAKEDigest shake = new SHAKEDigest(256);
        shake.update(mu, 0, mu.length);
        absorbWithLength(shake, label.getBytes(StandardCharsets.US_ASCII));
        byte[] i = {(byte) (index >>> 24), (byte) (index >>> 16), (byte) (index >>> 8), (byte) index};
        shake.update(i, 0, 4);
        byte[] out = new byte[DIGEST_BYTES];
        shake.doFinal(out, 0, out.length);
        return out;
    }

    /** Same layout as ByteWriter.writePacked, into a reused buffer: this runs once per attempt. */
    private static void pack(Poly poly, int bits, byte[] out) {
        if (poly.isNtt()) {
            throw new IllegalArgumentException("transcript commitments must be in the coefficient domain");
        }
        BitPacker.pack(poly.values(), bits, out, 0);
    }

    private static void absorbWithLength(SHAKEDigest shake, byte[] data) {
        byte[] length = {(byte) (data.length >>> 24), (byte) (data.length >>> 16), (byte) (data.length >>> 8),
                (byte) data.length};
        shake.update(length, 0, 4);
        shake.update(data, 0, data.length);
    }
}
