package io.nexuszero.crypto.api;

import java.util.List;

/** One signature per item, in request order. */
public record SignBatchResponse(List<SignResponse> results) {
}
