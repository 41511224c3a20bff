package io.nexuszero.crypto.engine.sampling;

import java.nio.charset.StandardCharsets;

/** Domain-separation prefixes of the engine's own hash uses, so no two uses can produce related outputs. */
final class DomainTags {

    static final byte[] RANDOMNESS = ascii("nexuszero/randomness/v1");

    private DomainTags() {
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
