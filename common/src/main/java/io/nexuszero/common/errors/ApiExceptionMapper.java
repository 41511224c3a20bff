package io.nexuszero.common.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    private final ErrorRenderer renderer;

    ApiExceptionMapper(ErrorRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Response toResponse(ApiException exception) {
        return renderer.render(exception);
    }
}
