package io.nexuszero.optimizer.resources;

import io.nexuszero.optimizer.api.OptimizerErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.nexuszero.common.errors.ApiException;
import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.api.TrainingJobAccepted;
import io.nexuszero.optimizer.api.TrainingJobRequest;
import io.nexuszero.optimizer.api.TrainingJobView;
import io.nexuszero.optimizer.jobs.JobAlreadyRunningException;
import io.nexuszero.optimizer.jobs.TrainingDesign;
import io.nexuszero.optimizer.jobs.TrainingJob;
import io.nexuszero.optimizer.jobs.TrainingJobManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** POST /v1/training-jobs (202 {jobId}) and GET /v1/training-jobs/{jobId}. */
@Tag(name = "training-jobs")
@Path("/v1/training-jobs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TrainingJobsResource {
    static final int MAX_CANDIDATES = 500;
    static final int MAX_ITERATIONS = 2000;
    static final int MAX_WITNESS_LENGTHS = 16;

    private final TrainingJobManager jobs;
    private final TrainingDesign defaults;
    private final SecureRandom seeds = new SecureRandom();

    public TrainingJobsResource(TrainingJobManager jobs, TrainingDesign defaults) {
        this.jobs = jobs;
        this.defaults = defaults;
    }

    @Operation(operationId = "submitTrainingJob", summary = "Measure candidates, retrain and promote a better model")
    @ApiResponse(responseCode = "202", description = "Queued", headers = @Header(name = "Location",
            description = "/v1/training-jobs/{jobId}", schema = @Schema(types = "string")),
            content = @Content(schema = @Schema(implementation = TrainingJobAccepted.class)))
    @ApiResponse(responseCode = "400", description = "invalid_training_design")
    @ApiResponse(responseCode = "409", description = "training_job_running")
    @POST
    public Response submit(TrainingJobRequest request) {
        TrainingDesign design = design(request == null ? new TrainingJobRequest(null, null, null, null, null, null, null) : request);
        try {
            TrainingJob job = jobs.submit(design);
            return Response.accepted(new TrainingJobAccepted(job.id()))
                    .location(URI.create("/v1/training-jobs/" + job.id()))
                    .build();
        } catch (JobAlreadyRunningException e) {
            throw new ApiException(409, OptimizerErrors.TRAINING_JOB_RUNNING, e.getMessage());
        }
    }

    @Operation(operationId = "getTrainingJob", summary = "A training job's status and progress")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "training_job_not_found")
    @GET
    @Path("/{jobId}")
    public TrainingJobView get(@PathParam("jobId") String jobId) {
        return jobs.find(jobId).map(TrainingJob::view)
                .orElseThrow(() -> ApiException.notFound(OptimizerErrors.TRAINING_JOB_NOT_FOUND,
                "no training job with id " + ModelsResource.printable(jobId)));
    }

    private TrainingDesign design(TrainingJobRequest request) {
        int candidates = request.candidates() == null ? defaults.candidates() : request.candidates();
        if (candidates < 1 || candidates > MAX_CANDIDATES) {
            throw invalid("candidates must be in 1.." + MAX_CANDIDATES);
        }
        int iterations = request.iterations() == null ? defaults.iterations() : request.iterations();
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw invalid("iterations must be in 1.." + MAX_ITERATIONS);
        }
        List<ProofType> types = defaults.proofTypes();
        if (request.proofTypes() != null) {
            if (request.proofTypes().isEmpty()) {
                throw invalid("proofTypes must not be empty");
            }
            types = new ArrayList<>(new LinkedHashSet<>(request.proofTypes().stream().map(RequestChecks::proofType).toList()));
        }
        List<Integer> lengths = defaults.witnessLengths();
        if (request.witnessLengths() != null) {
            if (request.witnessLengths().isEmpty() || request.witnessLengths().size() > MAX_WITNESS_LENGTHS) {
                throw invalid("witnessLengths takes 1.." + MAX_WITNESS_LENGTHS + " entries");
            }
            lengths = new ArrayList<>(new LinkedHashSet<>(request.witnessLengths().stream()
                    .map(RequestChecks::witnessLength).toList()));
        }
        double minBits = request.minSecurityBits() == null ? defaults.minSecurityBits() : request.minSecurityBits();
        if (!(minBits >= 0 && minBits <= RequestChecks.MAX_SECURITY_BITS)) {
            throw invalid("minSecurityBits must be in 0.." + RequestChecks.MAX_SECURITY_BITS);
        }
        long seed = request.seed() == null ? seeds.nextLong() : request.seed();
        java.util.Map<String, Integer> caps = defaults.lengthCaps();
        if (request.maxWitnessLengths() != null) {
            request.maxWitnessLengths().forEach((type, length) -> {
                RequestChecks.proofType(type);
                RequestChecks.witnessLength(length);
            });
            caps = request.maxWitnessLengths();
        }
        return new TrainingDesign(candidates, types, lengths, iterations, seed, minBits, caps);
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest(OptimizerErrors.INVALID_TRAINING_DESIGN, message);
    }
}
