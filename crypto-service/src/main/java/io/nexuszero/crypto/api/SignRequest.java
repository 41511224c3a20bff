package io.nexuszero.crypto.api;

/**
 * POST /v1/keys/{keyId}/signatures: the message (base64url, ≤ 64 KiB), an optional FIPS 204 context string
 * (base64url, ≤ 255 bytes) and {@code deterministic} (default false: hedged signing with fresh randomness).
 */
public record SignRequest(String message, String context, Boolean deterministic) {

    @Override
    public String toString() {
        return "SignRequest[...]";
    }
}
