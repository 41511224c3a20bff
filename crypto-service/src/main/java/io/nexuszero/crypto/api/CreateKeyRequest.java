package io.nexuszero.crypto.api;

/**
 * POST /v1/keys: {@code purpose} (proof, kem or signature; default proof) at a {@code parameterSet}'s level, or an
 * explicit {@code algorithm} (ML-KEM-768, ML-DSA-44, nz-128, …).
 */
public record CreateKeyRequest(String purpose, String parameterSet, String algorithm) {
}
