package io.nexuszero.monitor.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.nexuszero.monitor.api.StatusResponse;
import io.nexuszero.monitor.status.StatusService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Tag(name = "status")
@Path("/v1/status")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    private final StatusService status;

    public StatusResource(StatusService status) {
        this.status = status;
    }

    @Operation(operationId = "status", summary = "Overall state and every target with uptime")
    @GET
    public StatusResponse status() {
        return status.status();
    }
}
