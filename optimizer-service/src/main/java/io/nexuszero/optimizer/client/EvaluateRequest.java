package io.nexuszero.optimizer.client;

import io.nexuszero.optimizer.api.LatticeParameters;

import java.util.List;

/** POST /v1/parameter-sets/evaluate body (1..500 candidates, ≤ 16 witness lengths). */
public record EvaluateRequest(List<LatticeParameters> candidates, List<Integer> witnessLengths) {
}
