package io.nexuszero.common.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.stream.Collectors;

/** Malformed JSON, wrong types, unknown fields and unknown enum values are the client's error: 400. */
class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    private final ErrorRenderer renderer;

    JsonExceptionMapper(ErrorRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        ApiException wrapped = ErrorRenderer.apiExceptionIn(exception);
        if (wrapped != null) {
            return renderer.render(wrapped);
        }
        if (causedBy(exception, JsonParseException.class)) {
            return renderer.render(400, "malformed_json", "Request body is not valid JSON");
        }
        String field = exception instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String where = field.isEmpty() ? "" : " at '" + field + "'";
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return renderer.render(400, "unknown_field", "Unknown field '" + unknown.getPropertyName() + "'" + where);
        }
        if (exception instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return renderer.render(400, "invalid_value", "Unknown value" + where + "; expected one of "
                    + enumValues(invalid.getTargetType()));
        }
        if (exception instanceof ValueInstantiationException) {
            Throwable cause = exception.getCause();
            String reason = cause != null && cause.getMessage() != null ? cause.getMessage() : "invalid value";
            return renderer.render(400, "invalid_value", "Invalid value" + where + ": " + reason);
        }
        if (exception instanceof MismatchedInputException) {
            return renderer.render(400, "invalid_type", "Wrong type or shape" + where);
        }
        return renderer.render(400, "invalid_body", "Request body could not be read" + where);
    }

    /** A syntax error deep inside a structure can arrive wrapped in a mapping exception. */
    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String pathOf(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String enumValues(Class<?> enumType) {
        Object[] constants = enumType.getEnumConstants();
        StringBuilder values = new StringBuilder();
        for (Object constant : constants) {
            if (values.length() > 0) {
                values.append(", ");
            }
            values.append(constant.toString());
        }
        return values.toString();
    }
}
