package io.nexuszero.monitor.resources;

import io.nexuszero.monitor.api.StatusResponse;
import io.nexuszero.monitor.status.StatusService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/v1/status")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    private final StatusService status;

    public StatusResource(StatusService status) {
        this.status = status;
    }

    @GET
    public StatusResponse status() {
        return status.status();
    }
}
