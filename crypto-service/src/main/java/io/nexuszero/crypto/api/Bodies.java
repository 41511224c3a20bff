package io.nexuszero.crypto.api;

import io.nexuszero.common.errors.ApiException;

/** A POST without a JSON body reaches a resource as null: answer 400 missing_body rather than fail later. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T require(T body) {
        if (body == null) {
            throw ApiException.badRequest(CryptoErrors.MISSING_BODY, "This endpoint needs a JSON request body");
        }
        return body;
    }
}
