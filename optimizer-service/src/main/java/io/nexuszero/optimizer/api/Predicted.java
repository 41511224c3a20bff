package io.nexuszero.optimizer.api;

/**
 * What a parameter set costs for one proof: proofBytes comes from crypto-service's exact sizes (null when unknown;
 * {@code proofBytesExact} false when it is the upper bound at the next reported witness length), the times are the
 * model's predictions in milliseconds.
 */
public record Predicted(Long proofBytes, Boolean proofBytesExact, Double proveMillis, double verifyMillis) {
}
