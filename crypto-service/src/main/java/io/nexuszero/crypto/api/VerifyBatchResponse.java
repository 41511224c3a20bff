package io.nexuszero.crypto.api;

import java.util.List;

/** One result per item, in request order. */
public record VerifyBatchResponse(List<VerifyResponse> results) {
}
