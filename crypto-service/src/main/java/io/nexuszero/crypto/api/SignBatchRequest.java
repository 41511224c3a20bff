package io.nexuszero.crypto.api;

import java.util.List;

/** POST /v1/keys/{keyId}/sign-batch: up to 256 signing requests for one signature key. */
public record SignBatchRequest(List<SignRequest> items) {

    @Override
    public String toString() {
        return "SignBatchRequest[...]";
    }
}
