package io.nexuszero.crypto.resources;

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
@Path("/v1/signatures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignatureResource {

    private final SignatureService signatures;

    public SignatureResource(SignatureService signatures) {
        this.signatures = signatures;
    }

    @POST
    @Path("/verify")
    public SignatureVerifyResponse verify(SignatureVerifyRequest request) {
        return signatures.verify(Bodies.require(request));
    }

    @POST
    @Path("/verify-batch")
    public SignatureVerifyBatchResponse verifyBatch(SignatureVerifyBatchRequest request) {
        return signatures.verifyBatch(Bodies.require(request));
    }
}
