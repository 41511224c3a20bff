package io.nexuszero.crypto.resources;

import io.nexuszero.crypto.api.Bodies;
import io.nexuszero.crypto.api.SecurityEstimateRequest;
import io.nexuszero.crypto.api.SecurityEstimateResponse;
import io.nexuszero.crypto.core.security.LweEstimation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** LWE security estimates for arbitrary (n, q, σ_s, σ_e, m). */
@Path("/v1/security")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecurityResource {

    @POST
    @Path("/estimate")
    public SecurityEstimateResponse estimate(SecurityEstimateRequest request) {
        return LweEstimation.estimate(Bodies.require(request));
    }
}
