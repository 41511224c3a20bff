package io.nexuszero.crypto.api;

/** The ciphertext (base64url) under the key. */
public record EncryptResponse(String keyId, String parameterSet, String ciphertext) {
}
