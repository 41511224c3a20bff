package io.nexuszero.crypto.api;

import java.util.List;

/** POST /v1/signatures/verify-batch: up to 256 verifications, each with its own algorithm and public key. */
public record SignatureVerifyBatchRequest(List<SignatureVerifyRequest> items) {
}
