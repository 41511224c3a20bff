package io.nexuszero.monitor.resources;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.monitor.api.IncidentList;
import io.nexuszero.monitor.incident.IncidentService;
import io.nexuszero.monitor.incident.IncidentState;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentsResource {

    private final IncidentService incidents;

    public IncidentsResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    /** Incidents newest first; {@code state} is open or resolved (absent: both); {@code limit} 1..1000. */
    @GET
    public IncidentList list(@QueryParam("state") String state, @QueryParam("limit") String limit) {
        return new IncidentList(incidents.list(state(state), QueryParameters.limit(limit)).stream()
                .map(Representations::incident).toList());
    }

    private static IncidentState state(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim()) {
            case "open" -> IncidentState.OPEN;
            case "resolved" -> IncidentState.RESOLVED;
            default -> throw ApiException.badRequest("invalid_state", "state must be open or resolved");
        };
    }
}
