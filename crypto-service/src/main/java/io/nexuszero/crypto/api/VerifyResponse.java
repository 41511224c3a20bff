package io.nexuszero.crypto.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {valid: true} or {valid: false, reason}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifyResponse(boolean valid, String reason) {

    public static VerifyResponse ofValid() {
        return new VerifyResponse(true, null);
    }

    public static VerifyResponse invalid(String reason) {
        return new VerifyResponse(false, reason);
    }
}
