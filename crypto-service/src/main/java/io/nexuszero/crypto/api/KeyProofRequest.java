package io.nexuszero.crypto.api;

/** POST /v1/keys/{keyId}/proofs: the context (base64url, ≤ 1024 bytes, optional) the proof is bound to. */
public record KeyProofRequest(String context) {
}
