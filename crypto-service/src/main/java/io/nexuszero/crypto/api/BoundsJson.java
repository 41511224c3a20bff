package io.nexuszero.crypto.api;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;

/**
 * The bounds of a range proof as JSON: one {@code {"min", "max"}} object shared by every value, or an array of such
 * objects, one per value. Exactly one of {@code shared} and {@code perValue} is set; written back in the same form.
 */
@JsonDeserialize(using = BoundsJson.Reader.class)
public record BoundsJson(BoundJson shared, List<BoundJson> perValue) {

    /**
     * What the OpenAPI document says of a bounds field, whose schema is otherwise open: openapi-generator's Java
     * client compiles neither a oneOf with an array member nor a type list of object and array.
     */
    public static final String DESCRIPTION = "range: one {\"min\", \"max\"} object shared by every value, or an "
            + "array of such objects, one per value; min and max are integers as JSON numbers or decimal strings "
            + "(optional '-', 1 to 40 digits) with |x| < 2^127, min <= max and max - min < 2^64";

    public static BoundsJson shared(BoundJson pair) {
        return new BoundsJson(pair, null);
    }

    public static BoundsJson perValue(List<BoundJson> pairs) {
        return new BoundsJson(null, pairs);
    }

    @JsonValue
    public Object json() {
        return shared != null ? shared : perValue;
    }

    /** An object is the shared pair, an array the per-value pairs; anything else is a wrong type. */
    static final class Reader extends StdDeserializer<BoundsJson> {

        private static final long serialVersionUID = 1L;

        Reader() {
            super(BoundsJson.class);
        }

        @Override
        public BoundsJson deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                return shared(context.readValue(parser, BoundJson.class));
            }
            if (parser.currentToken() == JsonToken.START_ARRAY) {
                return perValue(context.readValue(parser, context.getTypeFactory()
                        .constructCollectionType(List.class, BoundJson.class)));
            }
            return (BoundsJson) context.handleUnexpectedToken(BoundsJson.class, parser);
        }
    }
}
