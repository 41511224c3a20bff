package io.nexuszero.optimizer.api;

/** POST /v1/optimize body. Boxed fields so a missing value is reported by name, not defaulted. */
public record OptimizeRequest(Integer securityBits, String proofType, Integer witnessLength, ObjectiveWeights objective) {
}
