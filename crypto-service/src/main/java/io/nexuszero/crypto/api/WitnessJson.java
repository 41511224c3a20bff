package io.nexuszero.crypto.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The secret values to commit to: integers as JSON numbers or decimal strings (range proofs take any integer;
 * the other types |v| &lt; q). Never logged, stored or echoed.
 */
public record WitnessJson(
        @ArraySchema(schema = @Schema(types = {"integer", "string"}, pattern = IntegerJson.DECIMAL,
                description = IntegerJson.DESCRIPTION))
        List<IntegerJson> values) {

    @Override
    public String toString() {
        return "WitnessJson[" + (values == null ? 0 : values.size()) + " values]";
    }
}
