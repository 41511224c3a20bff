package io.nexuszero.crypto.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.nexuszero.crypto.api.Bodies;
import io.nexuszero.crypto.api.ProofResponse;
import io.nexuszero.crypto.api.ProveRequest;
import io.nexuszero.crypto.api.VerifyBatchRequest;
import io.nexuszero.crypto.api.VerifyBatchResponse;
import io.nexuszero.crypto.api.VerifyRequest;
import io.nexuszero.crypto.api.VerifyResponse;
import io.nexuszero.crypto.auth.RequiresToken;
import io.nexuszero.crypto.core.proofs.ProofService;
import io.nexuszero.crypto.core.proofs.VerificationService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Commitment proofs over a caller's witness (opening, linear relation, range), and verification of every type. */
@Tag(name = "proofs")
@Path("/v1/proofs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProofResource {

    private final ProofService proofs;
    private final VerificationService verification;

    public ProofResource(ProofService proofs, VerificationService verification) {
        this.proofs = proofs;
        this.verification = verification;
    }

    @Operation(operationId = "createProof", summary = "Commit and prove a commitment opening, a linear relation or "
            + "a range")
    @SecurityRequirement(name = CryptoOpenApi.BEARER)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_body, missing_field, unknown_parameter_set, "
            + "unknown_proof_type, unsupported_proof_type, invalid_witness, witness_too_long, invalid_relation, "
            + "invalid_bounds, value_out_of_range, invalid_base64, context_too_large")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    @ApiResponse(responseCode = "422", description = "relation_not_satisfied")
    @POST
    @RequiresToken
    public ProofResponse prove(ProveRequest request) {
        return proofs.prove(Bodies.require(request));
    }

    @Operation(operationId = "verifyProof", summary = "Verify one proof")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_body, missing_field, unknown_parameter_set, "
            + "unknown_proof_type, invalid_base64, invalid_proof_length, invalid_public_key, invalid_relation, "
            + "invalid_bounds, context_too_large")
    @POST
    @Path("/verify")
    public VerifyResponse verify(VerifyRequest request) {
        return verification.verify(Bodies.require(request));
    }

    @Operation(operationId = "verifyProofs", summary = "Verify up to 256 proofs")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_body, missing_field, batch_too_large, "
            + "unknown_parameter_set, unknown_proof_type, invalid_base64, invalid_proof_length, invalid_public_key, "
            + "invalid_relation, invalid_bounds, context_too_large")
    @POST
    @Path("/verify-batch")
    public VerifyBatchResponse verifyBatch(VerifyBatchRequest request) {
        return verification.verifyBatch(Bodies.require(request));
    }
}
