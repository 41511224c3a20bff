package io.nexuszero.crypto.api;

/** POST /v1/keys/{keyId}/decrypt. */
public record DecryptRequest(String ciphertext) {
}
