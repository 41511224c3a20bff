package io.nexuszero.crypto.api;

/** POST /v1/security/estimate for a parameter set: its id (null when custom), numbers and every hardness. */
public record ParameterSecurityResponse(String parameterSet, ParametersJson parameters, EstimateJson estimate) {
}
