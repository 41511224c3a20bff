package io.nexuszero.common.errors;

import io.nexuszero.common.requestid.RequestIdFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Anything unforeseen: logged with the request id, answered with a 500 that leaks nothing. */
class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    private final ErrorRenderer renderer;

    UnexpectedExceptionMapper(ErrorRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Response toResponse(Throwable exception) {
        ApiException wrapped = ErrorRenderer.apiExceptionIn(exception);
        if (wrapped != null) {
            return renderer.render(wrapped);
        }
        if (exception instanceof EofException) {
            return renderer.render(400, "incomplete_body", "The request body ended early");
        }
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        LOG.error("Unhandled error while serving request {}", requestId, exception);
        return renderer.render(500, "internal_error",
                "Internal error" + (requestId == null ? "" : "; request id " + requestId));
    }
}
