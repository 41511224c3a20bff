package io.nexuszero.common.app;

import io.nexuszero.common.errors.ApiException;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

@Path("/v1/things")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ThingsResource {

    public enum Colour { RED, GREEN }

    public record Thing(@NotBlank String name, @NotNull Colour colour, @Min(1) @Max(10) int size,
                        java.util.List<String> tags) {
    }

    @GET
    @Path("/{thingId}")
    @ApiResponse(responseCode = "200", description = "The thing", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "thing_not_found")
    @ApiResponse(responseCode = "429", description = "thing_busy")
    public Map<String, String> get(@PathParam("thingId") String thingId) {
        if (thingId.startsWith("busy")) {
            throw new ApiException(429, "thing_busy", "Busy; retry later", Map.of("Retry-After", "7"));
        }
        if (thingId.startsWith("missing")) {
            throw ApiException.notFound("thing_not_found", "No thing " + thingId);
        }
        return Map.of("id", thingId);
    }

    @POST
    public Thing create(@NotNull @Valid Thing thing) {
        return thing;
    }

    /** A route with a larger body limit in test-service.yml (largeBodyRoutes): how many strings arrived. */
    @POST
    @Path("/bulk")
    public Map<String, Integer> bulk(@NotNull java.util.List<String> items) {
        return Map.of("items", items.size());
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail");
    }
}
