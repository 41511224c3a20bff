package io.nexuszero.crypto.resources;

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

/** Commitment proofs over a caller's witness, and verification of every proof type. */
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

    @POST
    @RequiresToken
    public ProofResponse prove(ProveRequest request) {
        return proofs.prove(Bodies.require(request));
    }

    @POST
    @Path("/verify")
    public VerifyResponse verify(VerifyRequest request) {
        return verification.verify(Bodies.require(request));
    }

    @POST
    @Path("/verify-batch")
    public VerifyBatchResponse verifyBatch(VerifyBatchRequest request) {
        return verification.verifyBatch(Bodies.require(request));
    }
}
