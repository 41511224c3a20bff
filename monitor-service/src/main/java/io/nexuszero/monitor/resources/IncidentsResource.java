package io.nexuszero.monitor.resources;

import io.nexuszero.monitor.api.MonitorErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.nexuszero.common.errors.ApiException;
import io.nexuszero.monitor.api.IncidentList;
import io.nexuszero.monitor.incident.IncidentService;
import io.nexuszero.monitor.incident.IncidentState;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Tag(name = "incidents")
@Path("/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentsResource {

    private final IncidentService incidents;

    public IncidentsResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Operation(operationId = "listIncidents", summary = "Incidents from Alertmanager, newest first")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "invalid_state, invalid_limit")
    /** Incidents newest first; {@code state} is open or resolved (absent: both); {@code limit} 1..1000. */
    @GET
    public IncidentList list(
            @Parameter(description = "open or resolved; both when absent") @QueryParam("state") String state,
            @Parameter(description = "1 to 1000, default 100") @QueryParam("limit") String limit) {
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
            default -> throw ApiException.badRequest(MonitorErrors.INVALID_STATE, "state must be open or resolved");
        };
    }
}
