package io.nexuszero.crypto.engine.proof;

import org.bouncycastle.util.encoders.Hex;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.TreeSet;

/** Byte positions worth tampering with, and a digest helper for pinned known answers. */
final class Tampering {

    private Tampering() {
    }

    /**
     * Every {@code stride}-th byte plus every byte of the header and the challenge seed and the first and last byte
     * of every packed response polynomial (the field boundaries).
     */
    static TreeSet<Integer> positions(ProofParameters p, int proofLength, int responsePolys, int stride) {
        TreeSet<Integer> positions = new TreeSet<>();
        for (int i = 0; i < proofLength; i += stride) {
            positions.add(i);
        }
        int headerAndSeed = EncodingHeader.length(p) + Transcript.DIGEST_BYTES;
        for (int i = 0; i < headerAndSeed; i++) {
            positions.add(i);
        }
        int polyBytes = PolyCodec.responseLength(p, 1);
        for (int k = 0; k < responsePolys; k++) {
            positions.add(headerAndSeed + k * polyBytes);
            positions.add(headerAndSeed + (k + 1) * polyBytes - 1);
        }
        positions.add(proofLength - 1);
        return positions;
    }

    static String sha3Hex(byte[] data) {
        try {
            return Hex.toHexString(MessageDigest.getInstance("SHA3-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
