package io.nexuszero.deployment.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.clients.monitor.ApiClient;
import io.nexuszero.clients.monitor.api.StatusApi;
import io.nexuszero.clients.monitor.model.StatusResponse;
import io.nexuszero.clients.monitor.model.TargetStatus;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.monitor.MonitorApplication;
import io.nexuszero.monitor.MonitorConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** monitor-service through a client generated from docs/openapi/monitor-service.json. */
@ExtendWith(DropwizardExtensionsSupport.class)
class MonitorClientTest {

    static final DropwizardAppExtension<MonitorConfiguration> APP = ClientTestApps.app(MonitorApplication.class,
            NexusZeroService.MONITOR, ConfigOverride.config("alertWebhook.token", "generated-client-alert-token"));

    @Test
    void theStatusListsEveryConfiguredTarget() throws Exception {
        StatusResponse status = new StatusApi(client()).status();
        assertThat(status.getOverall()).isIn("up", "down", "degraded", "unknown");
        assertThat(status.getTargets()).extracting(TargetStatus::getName)
                .contains("crypto-service", "optimizer-service", "monitor-service");
    }

    /** The generated client as generated, pointed at the running app. */
    private static ApiClient client() {
        return new ApiClient(java.net.http.HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(),
                ClientTestApps.baseUri(APP));
    }
}
