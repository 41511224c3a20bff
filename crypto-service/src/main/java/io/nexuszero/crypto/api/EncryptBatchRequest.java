package io.nexuszero.crypto.api;

import java.util.List;

/** POST /v1/keys/{keyId}/encrypt-batch: up to 256 encryption requests to one kem key. */
public record EncryptBatchRequest(List<EncryptRequest> items) {

    @Override
    public String toString() {
        return "EncryptBatchRequest[...]";
    }
}
