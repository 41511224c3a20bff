package io.nexuszero.crypto.api;

import java.util.List;

/** POST /v1/parameter-sets/evaluate: 1..500 candidates, optional witness lengths (default [1]). */
public record EvaluateRequest(List<ParametersJson> candidates, List<Integer> witnessLengths) {
}
