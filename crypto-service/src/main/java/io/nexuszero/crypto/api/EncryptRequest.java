package io.nexuszero.crypto.api;

/** POST /v1/keys/{keyId}/encrypt: plaintext (base64url, ≤ 32 bytes). */
public record EncryptRequest(String plaintext) {
}
