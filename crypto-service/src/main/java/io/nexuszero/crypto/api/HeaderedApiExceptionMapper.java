package io.nexuszero.crypto.api;

import io.nexuszero.common.errors.ErrorMetrics;
import io.nexuszero.common.errors.ErrorResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Renders {@link HeaderedApiException} in the common {"code","message"} shape with its headers, counted in the
 * error metric like every other error. Jersey picks this mapper over the common one because its type is closer.
 */
public class HeaderedApiExceptionMapper implements ExceptionMapper<HeaderedApiException> {

    private final ErrorMetrics errorMetrics;

    public HeaderedApiExceptionMapper(ErrorMetrics errorMetrics) {
        this.errorMetrics = errorMetrics;
    }

    @Override
    public Response toResponse(HeaderedApiException exception) {
        errorMetrics.record(exception.code(), ErrorMetrics.severityOf(exception.status()));
        Response.ResponseBuilder response = Response.status(exception.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(exception.code(), exception.getMessage()));
        exception.headers().forEach(response::header);
        return response.build();
    }
}
