package io.nexuszero.crypto.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.nexuszero.crypto.api.ParameterSecurityResponse;
import io.nexuszero.crypto.api.SecurityEstimateResponse;
import io.nexuszero.crypto.api.Bodies;
import io.nexuszero.crypto.api.SecurityEstimateRequest;
import io.nexuszero.crypto.core.security.LweEstimation;
import io.nexuszero.crypto.core.security.ParameterSetEstimation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Security estimates: of an arbitrary LWE instance (n, q, σ_s, σ_e, m), or of a parameter set with every hardness its
 * keys, commitments and proofs rely on.
 */
@Tag(name = "security")
@Path("/v1/security")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecurityResource {

    private final ParameterSetEstimation parameterSets;

    public SecurityResource(ParameterSetEstimation parameterSets) {
        this.parameterSets = parameterSets;
    }

    @Operation(operationId = "estimateSecurity",
            summary = "Security estimate of a preset, custom parameters or a plain LWE instance")
    @ApiResponse(responseCode = "200",
            description = "A preset or custom parameters: every hardness; an LWE instance: the cheapest attack",
            content = @Content(schema = @Schema(
                    oneOf = {ParameterSecurityResponse.class, SecurityEstimateResponse.class})))
    @ApiResponse(responseCode = "400", description = "missing_body, missing_field, invalid_value, conflicting_fields, "
            + "unknown_parameter_set")
    @ApiResponse(responseCode = "422", description = "invalid_parameters, no_attack_found")
    @POST
    @Path("/estimate")
    public Object estimate(SecurityEstimateRequest request) {
        SecurityEstimateRequest body = Bodies.require(request);
        return body.forParameterSet() ? parameterSets.estimate(body) : LweEstimation.estimate(body);
    }
}
