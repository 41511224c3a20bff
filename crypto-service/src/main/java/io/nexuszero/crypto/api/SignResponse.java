package io.nexuszero.crypto.api;

/** An ML-DSA signature (FIPS 204 encoding, base64url) and the algorithm that made it. */
public record SignResponse(String algorithm, String signature) {
}
