package io.nexuszero.crypto.resources;

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
@Path("/v1/security")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecurityResource {

    private final ParameterSetEstimation parameterSets;

    public SecurityResource(ParameterSetEstimation parameterSets) {
        this.parameterSets = parameterSets;
    }

    @POST
    @Path("/estimate")
    public Object estimate(SecurityEstimateRequest request) {
        SecurityEstimateRequest body = Bodies.require(request);
        return body.forParameterSet() ? parameterSets.estimate(body) : LweEstimation.estimate(body);
    }
}
