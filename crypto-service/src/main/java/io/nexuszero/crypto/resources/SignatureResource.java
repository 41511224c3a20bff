package io.nexuszero.crypto.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.nexuszero.crypto.api.Bodies;
import io.nexuszero.crypto.api.SignatureVerifyBatchRequest;
import io.nexuszero.crypto.api.SignatureVerifyBatchResponse;
import io.nexuszero.crypto.api.SignatureVerifyRequest;
import io.nexuszero.crypto.api.SignatureVerifyResponse;
import io.nexuszero.crypto.core.pq.SignatureService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Public ML-DSA verification: any FIPS 204 public key, not only this service's. */
@Tag(name = "signatures")
@Path("/v1/signatures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignatureResource {

    private final SignatureService signatures;

    public SignatureResource(SignatureService signatures) {
        this.signatures = signatures;
    }

    @Operation(operationId = "verifySignature", summary = "Verify an ML-DSA signature")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_body, missing_field, unknown_algorithm, invalid_base64, "
            + "invalid_public_key, message_too_large, context_too_large")
    @POST
    @Path("/verify")
    public SignatureVerifyResponse verify(SignatureVerifyRequest request) {
        return signatures.verify(Bodies.require(request));
    }

    @Operation(operationId = "verifySignatures", summary = "Verify up to 256 ML-DSA signatures")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_body, missing_field, invalid_value, batch_too_large, "
            + "unknown_algorithm, invalid_base64, invalid_public_key, message_too_large, context_too_large")
    @POST
    @Path("/verify-batch")
    public SignatureVerifyBatchResponse verifyBatch(SignatureVerifyBatchRequest request) {
        return signatures.verifyBatch(Bodies.require(request));
    }
}
