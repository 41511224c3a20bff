package io.nexuszero.crypto.resources;

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
@Path("/v1/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BenchmarkResource {

    private final BenchmarkService benchmarks;

    public BenchmarkResource(BenchmarkService benchmarks) {
        this.benchmarks = benchmarks;
    }

    @POST
    @RequiresToken
    public BenchmarkResponse run(BenchmarkRequest request) {
        return benchmarks.run(Bodies.require(request));
    }
}
