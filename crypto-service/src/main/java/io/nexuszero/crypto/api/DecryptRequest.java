package io.nexuszero.crypto.api;

/** POST /v1/keys/{keyId}/decrypt on a kem key: what encrypt returned, with the same aad, info and aead. */
public record DecryptRequest(String encapsulatedKey, String ciphertext, String aad, String info, String aead) {
}
