package io.nexuszero.crypto.api;

/** Whether the signature verifies. */
public record SignatureVerifyResponse(boolean valid) {
}
