package io.nexuszero.monitor.probe;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON body condition such as {@code $.status == ok} or {@code $.checks[0].healthy == true}: the field
 * at a simple path (dots and array indexes) must equal the value, compared as text. A quoted value
 * ({@code "ok"}) may contain spaces. A missing field, a non-JSON body or an object/array at the path fails.
 */
public final class JsonFieldCondition {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EXPRESSION = Pattern.compile("^\\s*(\\$(?:\\.[A-Za-z0-9_-]+|\\[\\d+])*)\\s*==\\s*(.+?)\\s*$");
    private static final Pattern SEGMENT = Pattern.compile("\\.([A-Za-z0-9_-]+)|\\[(\\d+)]");

    private final String expression;
    private final JsonPointer pointer;
    private final String expected;

    private JsonFieldCondition(String expression, JsonPointer pointer, String expected) {
        this.expression = expression;
        this.pointer = pointer;
        this.expected = expected;
    }

    /** @throws IllegalArgumentException when the expression is not {@code $.path == value} */
    public static JsonFieldCondition parse(String expression) {
        Matcher m = expression == null ? null : EXPRESSION.matcher(expression);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("JSON condition '" + expression
                    + "' is not of the form $.field == value");
        }
        StringBuilder pointer = new StringBuilder();
        Matcher segment = SEGMENT.matcher(m.group(1).substring(1));
        while (segment.find()) {
            pointer.append('/').append(segment.group(1) != null ? segment.group(1) : segment.group(2));
        }
        String value = m.group(2);
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return new JsonFieldCondition(m.group(1) + " == " + m.group(2), JsonPointer.compile(pointer.toString()), value);
    }

    public boolean matches(byte[] body) {
        if (body == null || body.length == 0) {
            return false;
        }
        try {
            JsonNode node = JSON.readTree(body).at(pointer);
            return node.isValueNode() && node.asText().equals(expected);
        } catch (IOException notJson) {
            return false;
        }
    }

    @Override
    public String toString() {
        return expression;
    }
}
