package io.nexuszero.optimizer.resources;

import io.nexuszero.optimizer.api.OptimizerErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.nexuszero.common.errors.ApiException;
import io.nexuszero.optimizer.api.ModelInfo;
import io.nexuszero.optimizer.api.ModelList;
import io.nexuszero.optimizer.core.model.LatencyModel;
import io.nexuszero.optimizer.core.model.ModelRegistry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET /v1/models/current, GET /v1/models (history) and GET /v1/models/{modelId}. */
@Tag(name = "models")
@Path("/v1/models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {
    private final ModelRegistry registry;

    public ModelsResource(ModelRegistry registry) {
        this.registry = registry;
    }

    @Operation(operationId = "currentModel", summary = "The model that serves predictions")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "503", description = "model_unavailable")
    @GET
    @Path("/current")
    public ModelInfo current() {
        return registry.current().map(LatencyModel::info)
                .orElseThrow(() -> new ApiException(503, OptimizerErrors.MODEL_UNAVAILABLE,
                "no model serves yet: run a training job (POST /v1/training-jobs)"));
    }

    @Operation(operationId = "listModels", summary = "Every stored model and the bundled one, newest first")
    @GET
    public ModelList list() {
        return new ModelList(registry.current().map(LatencyModel::id).orElse(null), registry.history());
    }

    @Operation(operationId = "getModel", summary = "One model's metadata")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "model_not_found")
    @GET
    @Path("/{modelId}")
    public ModelInfo find(@PathParam("modelId") String modelId) {
        return registry.find(modelId).orElseThrow(() -> ApiException.notFound(OptimizerErrors.MODEL_NOT_FOUND,
                "no model with id " + printable(modelId)));
    }

    /** Echo ids only when they look like ids, so a response never reflects arbitrary input. */
    static String printable(String id) {
        return id != null && id.matches("[A-Za-z0-9._-]{1,100}") ? id : "(invalid id)";
    }
}
