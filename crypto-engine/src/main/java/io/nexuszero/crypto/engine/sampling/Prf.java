package io.nexuszero.crypto.engine.sampling;

/** The secret-sampling PRF: SHAKE-256(seed ‖ nonce), nonce as 2 little-endian bytes (as FIPS 204's ExpandS/H). */
final class Prf {

    static final int MAX_NONCE = 0xFFFF;

    private Prf() {
    }

    static Xof stream(byte[] seed, int nonce) {
        if (nonce < 0 || nonce > MAX_NONCE) {
            throw new IllegalArgumentException("nonce must be in [0, 65535]");
        }
        return Xof.shake256(seed, new byte[] {(byte) nonce, (byte) (nonce >>> 8)});
    }
}
