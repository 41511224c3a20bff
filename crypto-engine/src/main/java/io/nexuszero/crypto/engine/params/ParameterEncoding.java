package io.nexuszero.crypto.engine.params;

import io.nexuszero.crypto.engine.packing.ByteWriter;

/**
 * A fixed 16-byte canonical encoding of {@link LatticeParameters} for binding parameters into hashes (key
 * derivation, transcripts): n (uint16) ‖ q (int32) ‖ k (byte) ‖ l (byte) ‖ distribution (byte: 0 = cbd,
 * 1 = uniform) ‖ η (byte) ‖ τ (uint16) ‖ γ (int32), little-endian. Parameters must be valid.
 */
public final class ParameterEncoding {

    /** Encoded length in bytes. */
    public static final int LENGTH = 16;

    private ParameterEncoding() {
    }

    /** The canonical bytes of valid parameters. */
    public static byte[] encode(LatticeParameters p) {
        return new ByteWriter()
            .writeUint16(p.ringDegree())
            .writeInt32(p.modulus())
            .writeByte(checkedByte(p.rankK()))
            .writeByte(checkedByte(p.rankL()))
            .writeByte(p.distribution().ordinal())
            .writeByte(checkedByte(p.eta()))
            .writeUint16(p.challengeWeight())
            .writeInt32(p.gamma())
            .toByteArray();
    }

    private static int checkedByte(int v) {
        if (v < 0 || v > 255) {
            throw new IllegalArgumentException("parameter does not fit its encoding byte");
        }
        return v;
    }
}
