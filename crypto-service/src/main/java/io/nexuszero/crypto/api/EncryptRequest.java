package io.nexuszero.crypto.api;

/**
 * POST /v1/keys/{keyId}/encrypt on a kem key: plaintext (≤ 64 KiB), optional aad and HPKE info, optional aead
 * (AES-256-GCM, the default, or ChaCha20-Poly1305). Binary fields base64url.
 */
public record EncryptRequest(String plaintext, String aad, String info, String aead) {

    @Override
    public String toString() {
        return "EncryptRequest[...]";
    }
}
