package io.nexuszero.crypto.core;

import io.nexuszero.crypto.engine.sampling.Randomness;
import java.security.SecureRandom;

/** The service's one source of fresh randomness for proving, encrypting and key ids (thread-safe SecureRandom). */
public final class ServiceRandomness {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Randomness SECURE = RANDOM::nextBytes;

    private ServiceRandomness() {
    }

    public static Randomness secure() {
        return SECURE;
    }
}
