package io.nexuszero.crypto.api;

/** POST /v1/signatures/verify: algorithm (ML-DSA-44/65/87), FIPS 204 public key, message, context, signature. */
public record SignatureVerifyRequest(String algorithm, String publicKey, String message, String context,
                                     String signature) {
}
