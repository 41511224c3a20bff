package io.nexuszero.optimizer.api;

/** Non-negative weights of the three costs a recommendation trades off; not all zero. */
public record ObjectiveWeights(Double proofBytes, Double proveMillis, Double verifyMillis) {
}
