package io.nexuszero.crypto.core.benchmark;

/**
 * Timing of one benchmark: how many measured iterations, their latency statistics in microseconds and, for proving,
 * the mean prover attempts per measured proof (null otherwise).
 */
public record BenchmarkResult(int iterations, double medianMicros, double p90Micros, double meanMicros,
                              Double meanAttempts) {
}
