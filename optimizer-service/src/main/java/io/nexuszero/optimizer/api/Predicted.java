package io.nexuszero.optimizer.api;

/**
 * What a parameter set costs for one proof: proofBytes is exact (from crypto-service's sizes, null when unknown),
 * the times are the model's predictions in milliseconds.
 */
public record Predicted(Long proofBytes, double proveMillis, double verifyMillis) {
}
