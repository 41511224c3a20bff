package io.nexuszero.crypto.api;

/** An HPKE encryption: the KEM's encapsulated key (enc) and the AEAD ciphertext with its 16-byte tag, base64url. */
public record EncryptResponse(String keyId, String algorithm, String aead, String encapsulatedKey, String ciphertext) {
}
