package io.nexuszero.optimizer.resources;

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
@Path("/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OptimizeResource {
    private final Optimizer optimizer;

    public OptimizeResource(Optimizer optimizer) {
        this.optimizer = optimizer;
    }

    @POST
    @Path("/optimize")
    public OptimizeResponse optimize(OptimizeRequest request) {
        required(request, "request body");
        int bits = securityBits(request.securityBits());
        return optimizer.optimize(proofType(request.proofType()), witnessLength(request.witnessLength()), bits,
                objective(request.objective()));
    }

    @POST
    @Path("/predict")
    public PredictResponse predict(PredictRequest request) {
        required(request, "request body");
        return optimizer.predict(parameters(request.parameters()), proofType(request.proofType()),
                witnessLength(request.witnessLength()));
    }
}
