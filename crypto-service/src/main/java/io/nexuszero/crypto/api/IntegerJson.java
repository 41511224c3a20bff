package io.nexuszero.crypto.api;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An integer as the client wrote it: a JSON number or a decimal string. Range proofs take values and bounds beyond
 * 2^53, which a JSON number does not carry safely through every client, so both forms are read here and the
 * service decides per field what it accepts. Written back as a decimal string. {@code toString} never shows the
 * text: witness values are secrets.
 */
@JsonDeserialize(using = IntegerJson.Reader.class)
public record IntegerJson(String text, Form form) {

    /** Most decimal digits read: 2^127 has 39, so any bound or range value fits and nothing costs much to parse. */
    public static final int MAX_DIGITS = 40;
    /** The strict decimal form (the OpenAPI pattern of fields that take one, beside JSON integers). */
    public static final String DECIMAL = "^-?[0-9]{1,40}$";
    /** What the OpenAPI document says of such a field. */
    public static final String DESCRIPTION = "An integer: a JSON number, or a decimal string (optional '-', 1 to 40 "
            + "digits) for values beyond 2^53";
    private static final Pattern STRICT = Pattern.compile(DECIMAL);

    /** The JSON form the value came in. */
    public enum Form {
        /** A JSON integer (no fraction, no exponent). */
        NUMBER,
        /** A JSON number with a fraction or an exponent (1.5, 1e3, 2.0). */
        FRACTION,
        /** A JSON string. */
        STRING
    }

    public static IntegerJson of(BigInteger value) {
        return new IntegerJson(value.toString(), Form.STRING);
    }

    /**
     * The value if it is an integer written strictly: a JSON integer or a string of an optional '-' and 1 to
     * {@value #MAX_DIGITS} digits (no '+', spaces, exponent or fraction); empty otherwise.
     */
    public Optional<BigInteger> strict() {
        return form != Form.FRACTION && STRICT.matcher(text).matches()
                ? Optional.of(new BigInteger(text)) : Optional.empty();
    }

    @JsonValue
    public String json() {
        return text;
    }

    @Override
    public String toString() {
        return "IntegerJson[" + form + "]";
    }

    /** Numbers and strings; anything else (booleans, arrays, objects) is a wrong type, as for any field. */
    static final class Reader extends StdDeserializer<IntegerJson> {

        private static final long serialVersionUID = 1L;

        Reader() {
            super(IntegerJson.class);
        }

        @Override
        public IntegerJson deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return switch (parser.currentToken()) {
                case VALUE_NUMBER_INT -> new IntegerJson(parser.getText(), Form.NUMBER);
                case VALUE_NUMBER_FLOAT -> new IntegerJson(parser.getText(), Form.FRACTION);
                case VALUE_STRING -> new IntegerJson(parser.getText(), Form.STRING);
                default -> (IntegerJson) context.handleUnexpectedToken(IntegerJson.class, parser);
            };
        }
    }
}
