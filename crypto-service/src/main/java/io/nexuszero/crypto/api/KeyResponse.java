package io.nexuszero.crypto.api;

/**
 * A key's public part: its id, purpose, algorithm, security level and public key (base64url: FIPS 203 ek for kem
 * keys, FIPS 204 pk for signature keys, ρ ‖ t for proof keys).
 */
public record KeyResponse(String keyId, String purpose, String algorithm, String parameterSet, String publicKey) {
}
