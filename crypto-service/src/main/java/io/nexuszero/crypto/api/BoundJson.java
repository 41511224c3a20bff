package io.nexuszero.crypto.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** One pair of public range bounds, min ≤ v ≤ max (integers as JSON numbers or decimal strings). */
public record BoundJson(
        @Schema(types = {"integer", "string"}, pattern = IntegerJson.DECIMAL, description = IntegerJson.DESCRIPTION)
        IntegerJson min,
        @Schema(types = {"integer", "string"}, pattern = IntegerJson.DECIMAL, description = IntegerJson.DESCRIPTION)
        IntegerJson max) {
}
