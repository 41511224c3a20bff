package io.nexuszero.common.errors;

import io.dropwizard.jersey.validation.JerseyViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Comparator;
import java.util.List;

/** Bean-validation failures: 422 with one entry per offending field. */
class ValidationExceptionMapper implements ExceptionMapper<JerseyViolationException> {

    private final ErrorRenderer renderer;

    ValidationExceptionMapper(ErrorRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Response toResponse(JerseyViolationException exception) {
        List<ErrorResponse.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new ErrorResponse.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ErrorResponse.FieldError::field))
                .toList();
        String summary = errors.stream().map(e -> e.field() + " " + e.message()).findFirst().orElse("invalid");
        return renderer.render(422, "validation_failed", "Request is invalid: " + summary, errors);
    }

    /** Drops the resource method and parameter nodes: "create.arg0.witness.values" → "witness.values". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                case PARAMETER -> {
                    field.setLength(0);
                    continue;
                }
                default -> {
                }
            }
            if (node.getName() == null) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
