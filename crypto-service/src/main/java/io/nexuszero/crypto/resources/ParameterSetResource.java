package io.nexuszero.crypto.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.nexuszero.crypto.api.Bodies;
import io.nexuszero.crypto.api.EvaluateRequest;
import io.nexuszero.crypto.api.EvaluateResponse;
import io.nexuszero.crypto.api.ParameterSetJson;
import io.nexuszero.crypto.api.ParameterSetsResponse;
import io.nexuszero.crypto.core.ParameterSets;
import io.nexuszero.crypto.core.ParameterSizes;
import io.nexuszero.crypto.core.ParametersMapping;
import io.nexuszero.crypto.core.evaluation.EvaluationService;
import io.nexuszero.crypto.core.security.SecurityReport;
import io.nexuszero.crypto.engine.params.ParameterSet;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The presets with their security and sizes, and the evaluation of custom parameters. */
@Tag(name = "parameter-sets")
@Path("/v1/parameter-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParameterSetResource {

    private final ParameterSets parameterSets;
    private final EvaluationService evaluation;
    private final Map<String, ParameterSetJson> presets = new LinkedHashMap<>();

    public ParameterSetResource(ParameterSets parameterSets, EvaluationService evaluation) {
        this.parameterSets = parameterSets;
        this.evaluation = evaluation;
        for (ParameterSet set : parameterSets.all()) { // presets are constants: describe them once
            presets.put(set.id(), new ParameterSetJson(set.id(), ParametersMapping.toJson(set.parameters()),
                    SecurityReport.estimate(set.parameters()),
                    ParameterSizes.preset(parameterSets.proofParameters(set), set.parameters())));
        }
    }

    @Operation(operationId = "listParameterSets", summary = "The presets with their security estimate and sizes")
    @GET
    public ParameterSetsResponse list() {
        return new ParameterSetsResponse(List.copyOf(presets.values()));
    }

    @Operation(operationId = "getParameterSet", summary = "One preset")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "parameter_set_not_found")
    @GET
    @Path("/{id}")
    public ParameterSetJson get(@PathParam("id") String id) {
        return presets.get(parameterSets.find(id).id());
    }

    @Operation(operationId = "evaluateParameters",
            summary = "Validity, security and proof sizes of custom parameter candidates")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_body, missing_field, invalid_value, unknown_proof_type, "
            + "too_many_candidates, witness_too_long")
    @POST
    @Path("/evaluate")
    public EvaluateResponse evaluate(EvaluateRequest request) {
        return evaluation.evaluate(Bodies.require(request));
    }
}
