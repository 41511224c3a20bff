package io.nexuszero.common.errors;

import java.util.List;
import java.util.Map;

/**
 * An error with an HTTP status and a stable, documented code; rendered as
 * {@code {"code":..., "message":...}}. The message must never contain secrets.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient List<ErrorResponse.FieldError> fieldErrors;
    private final transient Map<String, String> headers;

    public ApiException(int status, String code, String message) {
        this(status, code, message, List.of(), Map.of());
    }

    public ApiException(int status, String code, String message, List<ErrorResponse.FieldError> fieldErrors) {
        this(status, code, message, fieldErrors, Map.of());
    }

    /** An error whose response must carry headers too (WWW-Authenticate on 401, Retry-After on 429). */
    public ApiException(int status, String code, String message, Map<String, String> headers) {
        this(status, code, message, List.of(), headers);
    }

    private ApiException(int status, String code, String message, List<ErrorResponse.FieldError> fieldErrors,
                         Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.headers = Map.copyOf(headers);
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }

    public static ApiException unprocessable(String code, String message) {
        return new ApiException(422, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<ErrorResponse.FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
