package io.nexuszero.monitor.resources;

import io.nexuszero.monitor.api.AlertmanagerWebhook;
import io.nexuszero.monitor.api.AlertsReceipt;
import io.nexuszero.monitor.core.AlertmanagerPayloads;
import io.nexuszero.monitor.core.IncidentService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Alertmanager's webhook receiver: {@code webhook_configs: [{url: http://<monitor>:13003/v1/alerts}]}. */
@Path("/v1/alerts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    private final IncidentService incidents;

    public AlertsResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    /** 200 once the incidents are stored and synced to disk; Alertmanager retries anything else. */
    @POST
    public AlertsReceipt receive(AlertmanagerWebhook payload) {
        return incidents.apply(AlertmanagerPayloads.validate(payload));
    }
}
