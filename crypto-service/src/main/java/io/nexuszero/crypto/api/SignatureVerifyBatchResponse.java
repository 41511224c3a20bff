package io.nexuszero.crypto.api;

import java.util.List;

/** One {@code {"valid": …}} per item, in request order. */
public record SignatureVerifyBatchResponse(List<SignatureVerifyResponse> results) {
}
