package io.nexuszero.common.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds error responses in one shape and counts each one in the error metric. */
final class ErrorRenderer {

    private final ErrorMetrics errorMetrics;

    ErrorRenderer(ErrorMetrics errorMetrics) {
        this.errorMetrics = errorMetrics;
    }

    Response render(int status, String code, String message) {
        return render(status, code, message, List.of());
    }

    Response render(int status, String code, String message, List<ErrorResponse.FieldError> fieldErrors) {
        errorMetrics.record(code, ErrorMetrics.severityOf(status));
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(code, message, fieldErrors))
                .build();
    }

    Response render(ApiException e) {
        Response rendered = render(e.status(), e.code(), e.getMessage(), e.fieldErrors());
        if (e.headers().isEmpty()) {
            return rendered;
        }
        Response.ResponseBuilder withHeaders = Response.fromResponse(rendered);
        e.headers().forEach(withHeaders::header);
        return withHeaders.build();
    }

    /** An ApiException may arrive wrapped (e.g. the body size limit tripping inside Jackson). */
    static ApiException apiExceptionIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
