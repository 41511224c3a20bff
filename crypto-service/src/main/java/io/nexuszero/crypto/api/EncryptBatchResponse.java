package io.nexuszero.crypto.api;

import java.util.List;

/** One encryption per item, in request order, each exactly what POST /v1/keys/{keyId}/encrypt answers. */
public record EncryptBatchResponse(List<EncryptResponse> results) {
}
