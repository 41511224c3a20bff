package io.nexuszero.crypto.engine.sampling;

import java.security.SecureRandom;

/**
 * Source of the seeds from which every random choice of the engine derives. Production code uses
 * {@link #secure()}; tests and reproducible runs use {@link #deterministic(byte[])}, so exact outputs can be asserted.
 */
public interface Randomness {

    /** Fills {@code out} with random bytes. */
    void nextBytes(byte[] out);

    /** Returns {@code length} fresh random bytes. */
    default byte[] nextBytes(int length) {
        byte[] out = new byte[length];
        nextBytes(out);
        return out;
    }

    /** The operating system's cryptographically secure generator (a fresh {@link SecureRandom}). */
    static Randomness secure() {
        SecureRandom random = new SecureRandom();
        return random::nextBytes;
    }

    /**
     * A deterministic stream: SHAKE-256("nexuszero/randomness/v1" ‖ seed). Equal seeds give equal streams. Not
     * thread-safe; the seed is copied.
     */
    static Randomness deterministic(byte[] seed) {
        Xof stream = Xof.shake256(DomainTags.RANDOMNESS, seed.clone());
        return stream::nextBytes;
    }
}
