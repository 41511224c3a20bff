package io.nexuszero.crypto.api;

/** A key's public part: its id, preset and base64url public key (ρ ‖ t). */
public record KeyResponse(String keyId, String parameterSet, String publicKey) {
}
