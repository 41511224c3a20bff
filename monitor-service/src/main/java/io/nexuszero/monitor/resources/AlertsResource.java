package io.nexuszero.monitor.resources;

import io.nexuszero.monitor.api.MonitorErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.nexuszero.common.errors.ApiException;
import io.nexuszero.monitor.api.AlertmanagerWebhook;
import io.nexuszero.monitor.api.AlertsReceipt;
import io.nexuszero.monitor.incident.AlertWebhookToken;
import io.nexuszero.monitor.incident.AlertmanagerPayloads;
import io.nexuszero.monitor.incident.IncidentService;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Alertmanager's webhook receiver: {@code webhook_configs: [{url: http://<monitor>:13003/v1/alerts,
 * http_config: {authorization: {credentials_file: <the token file>}}}]}. Without the bearer token the request is
 * refused with 401 before its body is read.
 */
@Tag(name = "incidents")
@SecurityScheme(name = AlertsResource.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The alert webhook token (MONITOR_ALERT_TOKEN)")
@Path("/v1/alerts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    /** The OpenAPI security scheme of the webhook's bearer token, checked by {@link TokenFilter}. */
    static final String BEARER = "alert-webhook-token";

    private final IncidentService incidents;

    public AlertsResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Operation(operationId = "receiveAlerts", summary = "Alertmanager webhook (payload version 4)")
    @SecurityRequirement(name = AlertsResource.BEARER)
    @ApiResponse(responseCode = "200", description = "Stored and forced to disk", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "missing_body")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    @ApiResponse(responseCode = "422", description = "unsupported_version, invalid_alert_payload")
    /** 200 once the incidents are stored and synced to disk; Alertmanager retries anything else. */
    @POST
    public AlertsReceipt receive(AlertmanagerWebhook payload) {
        return incidents.apply(AlertmanagerPayloads.validate(payload));
    }

    /** Runs after matching and before the body is parsed, for requests matched to {@link AlertsResource} only. */
    @Priority(Priorities.AUTHENTICATION)
    public static class TokenFilter implements ContainerRequestFilter {

        private final AlertWebhookToken token;

        public TokenFilter(AlertWebhookToken token) {
            this.token = token;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            boolean alerts = request.getUriInfo().getMatchedResources().stream()
                    .anyMatch(AlertsResource.class::isInstance);
            if (!alerts) {
                return;
            }
            String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
            if (!token.accepts(authorization)) {
                throw new ApiException(401, MonitorErrors.UNAUTHORIZED,
                        authorization == null ? "POST /v1/alerts needs the alert webhook's bearer token"
                                : "the bearer token is not the alert webhook's token",
                        Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"nexuszero-alerts\""));
            }
        }
    }
}
