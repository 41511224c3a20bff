package io.nexuszero.crypto.core.benchmark;

/** Timing of one benchmark: how many measured iterations and their latency statistics in microseconds. */
public record BenchmarkResult(int iterations, double medianMicros, double p90Micros, double meanMicros) {
}
