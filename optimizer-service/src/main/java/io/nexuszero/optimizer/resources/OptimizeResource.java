package io.nexuszero.optimizer.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.nexuszero.optimizer.api.OptimizeRequest;
import io.nexuszero.optimizer.api.OptimizeResponse;
import io.nexuszero.optimizer.api.PredictRequest;
import io.nexuszero.optimizer.api.PredictResponse;
import io.nexuszero.optimizer.core.recommend.Optimizer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import static io.nexuszero.optimizer.resources.RequestChecks.objective;
import static io.nexuszero.optimizer.resources.RequestChecks.parameters;
import static io.nexuszero.optimizer.resources.RequestChecks.proofType;
import static io.nexuszero.optimizer.resources.RequestChecks.required;
import static io.nexuszero.optimizer.resources.RequestChecks.securityBits;
import static io.nexuszero.optimizer.resources.RequestChecks.witnessLength;

/** POST /v1/optimize and POST /v1/predict. */
@Tag(name = "optimizer")
@Path("/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OptimizeResource {
    private final Optimizer optimizer;

    public OptimizeResource(Optimizer optimizer) {
        this.optimizer = optimizer;
    }

    @Operation(operationId = "optimize",
            summary = "Recommend parameters for a proof type, witness length and security target")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_field, security_out_of_range, unknown_proof_type, "
            + "witness_length_out_of_range, invalid_objective")
    @ApiResponse(responseCode = "422", description = "no_feasible_parameters")
    @ApiResponse(responseCode = "503", description = "model_unavailable, search_space_unavailable")
    @POST
    @Path("/optimize")
    public OptimizeResponse optimize(OptimizeRequest request) {
        required(request, "request body");
        int bits = securityBits(request.securityBits());
        return optimizer.optimize(proofType(request.proofType()), witnessLength(request.witnessLength()), bits,
                objective(request.objective()));
    }

    @Operation(operationId = "predict", summary = "Predict prove and verify time of given parameters")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_field, unknown_proof_type, witness_length_out_of_range, "
            + "invalid_parameters")
    @ApiResponse(responseCode = "422", description = "parameters_rejected")
    @ApiResponse(responseCode = "503", description = "crypto_service_unavailable, model_unavailable, "
            + "search_space_unavailable")
    @POST
    @Path("/predict")
    public PredictResponse predict(PredictRequest request) {
        required(request, "request body");
        return optimizer.predict(parameters(request.parameters()), proofType(request.proofType()),
                witnessLength(request.witnessLength()));
    }
}
