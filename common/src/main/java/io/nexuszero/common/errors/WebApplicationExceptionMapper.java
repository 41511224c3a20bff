package io.nexuszero.common.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Jersey's own errors (unknown route, wrong method or media type) in the JSON contract. */
class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final ErrorRenderer renderer;

    @Context
    private UriInfo uriInfo;

    WebApplicationExceptionMapper(ErrorRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        ApiException wrapped = ErrorRenderer.apiExceptionIn(exception.getCause());
        if (wrapped != null) {
            return renderer.render(wrapped);
        }
        int status = exception.getResponse().getStatus();
        Response rendered = switch (status) {
            case 404 -> renderer.render(404, "not_found", "No resource at /" + path());
            case 405 -> renderer.render(405, "method_not_allowed", "Method not allowed at /" + path());
            case 406 -> renderer.render(406, "not_acceptable", "Only application/json responses are available");
            case 415 -> renderer.render(415, "unsupported_media_type", "Send the body as application/json");
            case 400 -> renderer.render(400, "bad_request", "Bad request");
            default -> renderer.render(status, status >= 500 ? "internal_error" : "http_" + status,
                    status >= 500 ? "Internal error" : "Request failed with status " + status);
        };
        // Keep headers such as Allow (405) that the original response carried.
        Response.ResponseBuilder builder = Response.fromResponse(rendered);
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private String path() {
        try {
            return uriInfo == null ? "" : uriInfo.getPath();
        } catch (IllegalStateException outsideRequest) {
            return "";
        }
    }
}
