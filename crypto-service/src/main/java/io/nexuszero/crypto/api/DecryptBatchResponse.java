package io.nexuszero.crypto.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.nexuszero.common.errors.ApiException;
import io.nexuszero.common.errors.ErrorResponse;
import java.util.List;

/** One result per item, in request order: the plaintext, or the error a single decrypt would have answered. */
public record DecryptBatchResponse(List<Result> results) {

    /** Exactly one of {@code plaintext} (base64url) and {@code error} is present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String plaintext, ErrorResponse error) {

        public static Result of(String plaintext) {
            return new Result(plaintext, null);
        }

        public static Result failed(ApiException error) {
            return new Result(null, new ErrorResponse(error.code(), error.getMessage()));
        }

        @Override
        public String toString() {
            return error == null ? "Result[...]" : "Result[error=" + error.code() + "]";
        }
    }
}
