package io.nexuszero.crypto.api;

/** POST /v1/benchmarks: exactly one of parameterSet or parameters. */
public record BenchmarkRequest(String parameterSet, ParametersJson parameters, String operation, String proofType,
                               Integer witnessLength, Integer iterations) {
}
