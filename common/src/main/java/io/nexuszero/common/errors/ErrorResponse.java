package io.nexuszero.common.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The JSON body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorResponse(String code, String message, List<FieldError> errors) {

    public ErrorResponse(String code, String message) {
        this(code, message, List.of());
    }

    /** One failed constraint: the offending field path and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
