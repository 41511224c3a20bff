package io.nexuszero.crypto.api;

import java.util.List;

/** POST /v1/keys/{keyId}/decrypt-batch: up to 256 decryption requests to one kem key. */
public record DecryptBatchRequest(List<DecryptRequest> items) {
}
