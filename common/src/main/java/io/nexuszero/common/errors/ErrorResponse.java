package io.nexuszero.common.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The JSON body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "Every error: a stable snake_case code to branch on, a message for humans")
public record ErrorResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message,
                            @Schema(description = "Validation failures only") List<FieldError> errors) {

    public ErrorResponse(String code, String message) {
        this(code, message, List.of());
    }

    /** One failed constraint: the offending field path and what is wrong with it. */
    public record FieldError(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String field,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {
    }
}
