package io.nexuszero.optimizer.core.model;

/** Predicted median prove and verify times in microseconds. */
public record LatencyPrediction(double proveMicros, double verifyMicros) {
}
