package io.nexuszero.optimizer.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.nexuszero.optimizer.api.LatticeParameters;

/** POST /v1/benchmarks body for custom parameters. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchmarkRequest(
        LatticeParameters parameters,
        String operation,
        String proofType,
        Integer witnessLength,
        Integer iterations) {
}
