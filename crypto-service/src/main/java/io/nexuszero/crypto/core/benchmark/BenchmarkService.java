package io.nexuszero.crypto.core.benchmark;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.crypto.api.ApiLimits;
import io.nexuszero.crypto.api.BenchmarkRequest;
import io.nexuszero.crypto.api.BenchmarkResponse;
import io.nexuszero.crypto.api.CryptoErrors;
import io.nexuszero.crypto.core.CustomParameters;
import io.nexuszero.crypto.core.ParameterSets;
import io.nexuszero.crypto.core.ParametersMapping;
import io.nexuszero.crypto.core.proofs.ProofInputs;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.ProofSystems;
import io.nexuszero.crypto.engine.proof.ProofType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** POST /v1/benchmarks: checks the request completely, then times the operation in-process, one at a time. */
public final class BenchmarkService {

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkService.class);

    private final ParameterSets parameterSets;
    private final CustomParameters customParameters;
    private final BenchmarkRunner runner;
    private final BenchmarkGate gate = new BenchmarkGate();

    public BenchmarkService(ParameterSets parameterSets, CustomParameters customParameters, BenchmarkRunner runner) {
        this.parameterSets = parameterSets;
        this.customParameters = customParameters;
        this.runner = runner;
    }

    public BenchmarkResponse run(BenchmarkRequest request) {
        ParameterSet set = parameterSet(request);
        BenchmarkOperations.Operation operation = operation(request.operation());
        ProofType type = operation.needsProofType() ? ProofInputs.proofType("proofType", request.proofType()) : null;
        if (!operation.needsProofType() && request.proofType() != null) {
            ProofInputs.proofType("proofType", request.proofType()); // still refuse unknown names
        }
        int witnessLength = witnessLength(request.witnessLength(), set, type);
        int iterations = iterations(request.iterations());

        BenchmarkGate.Ticket ticket = gate.tryEnter(iterations).orElseThrow(() -> new ApiException(429,
                CryptoErrors.BENCHMARK_BUSY, "Another benchmark is running; retry later",
                Map.of("Retry-After", Long.toString(gate.retryAfterSeconds()))));
        try (ticket) {
            BenchmarkOperations.Prepared prepared;
            try {
                prepared = BenchmarkOperations.prepare(set, operation, type, witnessLength);
            } catch (IllegalArgumentException refused) {
                // the engine's reasons are about public parameters only (e.g. rejection sampling would crawl)
                throw ApiException.unprocessable(CryptoErrors.OPERATION_INFEASIBLE, refused.getMessage());
            }
            BenchmarkResult result = runner.run(prepared.operation(), iterations, ticket,
                    BenchmarkOperations.Prepared::attemptsOf);
            boolean preset = parameterSets.contains(set.id());
            // One line per benchmark (they are few and heavy); its requestId ties it to the caller's log lines.
            LOG.info("Benchmark {} {} L={} at {}: {} iterations, median {} µs", operation.wireName(),
                    type == null ? "-" : type.wireName(), witnessLength, preset ? set.id() : "custom parameters",
                    result.iterations(), result.medianMicros());
            return new BenchmarkResponse(preset ? set.id() : null, ParametersMapping.toJson(set.parameters()),
                    operation.wireName(), type == null ? null : type.wireName(), witnessLength, result.iterations(),
                    result.medianMicros(), result.p90Micros(), result.meanMicros(), prepared.proofBytes(),
                    result.meanAttempts(), prepared.expectedAttempts());
        }
    }

    private ParameterSet parameterSet(BenchmarkRequest request) {
        if (request.parameterSet() != null && request.parameters() != null) {
            throw ApiException.badRequest(CryptoErrors.CONFLICTING_FIELDS, "Give parameterSet or parameters, not both");
        }
        if (request.parameterSet() == null && request.parameters() == null) {
            throw CryptoErrors.missingField("parameterSet' or 'parameters");
        }
        if (request.parameterSet() != null) {
            return parameterSets.require("parameterSet", request.parameterSet());
        }
        return new ParameterSet(ParameterSet.CUSTOM_ID, customParameters.require(request.parameters()));
    }

    private static BenchmarkOperations.Operation operation(String name) {
        if (name == null) {
            throw CryptoErrors.missingField("operation");
        }
        return Arrays.stream(BenchmarkOperations.Operation.values())
                .filter(op -> op.wireName().equals(name))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest(CryptoErrors.UNKNOWN_OPERATION, "Unknown operation '"
                        + CryptoErrors.printable(name) + "'; known: keygen, prove, verify, encrypt, decrypt"));
    }

    private static int witnessLength(Integer requested, ParameterSet set, ProofType type) {
        int length = requested == null ? 1 : requested;
        if (length < 1) {
            throw CryptoErrors.invalidValue("witnessLength", "must be at least 1");
        }
        int limit = type == null ? ApiLimits.MAX_WITNESS_LENGTH
                : Math.min(ApiLimits.MAX_WITNESS_LENGTH, ProofSystems.of(type).maxValues(ProofParameters.of(set)));
        if (length > limit) {
            throw ApiException.badRequest(CryptoErrors.WITNESS_TOO_LONG, "witnessLength " + length + " is above "
                    + (type == null ? "" : type.wireName() + "'s limit at these parameters, ") + limit);
        }
        return length;
    }

    private static int iterations(Integer requested) {
        int iterations = requested == null ? ApiLimits.DEFAULT_ITERATIONS : requested;
        if (iterations < 1 || iterations > ApiLimits.MAX_ITERATIONS) {
            throw ApiException.badRequest(CryptoErrors.ITERATIONS_OUT_OF_RANGE, String.format(Locale.ROOT,
                    "iterations must be in [1, %d] (got %d)", ApiLimits.MAX_ITERATIONS, iterations));
        }
        return iterations;
    }
}
