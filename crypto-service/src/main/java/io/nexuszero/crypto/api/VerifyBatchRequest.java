package io.nexuszero.crypto.api;

import java.util.List;

/** POST /v1/proofs/verify-batch: up to 256 items. */
public record VerifyBatchRequest(List<VerifyRequest> items) {
}
