package io.nexuszero.crypto.api;

/** One preset of GET /v1/parameter-sets. */
public record ParameterSetJson(String id, ParametersJson parameters, EstimateJson estimate, PresetSizesJson sizes) {
}
