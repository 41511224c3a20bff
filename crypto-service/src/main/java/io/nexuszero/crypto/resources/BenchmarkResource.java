package io.nexuszero.crypto.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.nexuszero.crypto.api.BenchmarkRequest;
import io.nexuszero.crypto.api.BenchmarkResponse;
import io.nexuszero.crypto.api.Bodies;
import io.nexuszero.crypto.auth.RequiresToken;
import io.nexuszero.crypto.core.benchmark.BenchmarkService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** In-process timing of one engine operation; one benchmark at a time (429 + Retry-After otherwise). */
@Tag(name = "benchmarks")
@Path("/v1/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BenchmarkResource {

    private final BenchmarkService benchmarks;

    public BenchmarkResource(BenchmarkService benchmarks) {
        this.benchmarks = benchmarks;
    }

    @Operation(operationId = "runBenchmark", summary = "Measure an operation in process")
    @SecurityRequirement(name = CryptoOpenApi.BEARER)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_body, unknown_operation, unknown_parameter_set, "
            + "unknown_proof_type, conflicting_fields, iterations_out_of_range, witness_too_long")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    @ApiResponse(responseCode = "422", description = "invalid_parameters, operation_infeasible")
    @ApiResponse(responseCode = "429", description = "benchmark_busy",
            headers = @Header(name = "Retry-After", description = "seconds", schema = @Schema(types = "integer")))
    @POST
    @RequiresToken
    public BenchmarkResponse run(BenchmarkRequest request) {
        return benchmarks.run(Bodies.require(request));
    }
}
