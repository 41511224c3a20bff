package io.nexuszero.monitor;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.nexuszero.common.testing.ServiceContractTest;
import io.nexuszero.monitor.support.Fixtures;
import io.nexuszero.monitor.support.TestConfig;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The foundation contract (common) against the real monitor-service and its config.yml. */
class MonitorServiceContractTest extends ServiceContractTest {

    static final DropwizardAppExtension<MonitorConfiguration> APP = new DropwizardAppExtension<>(
            MonitorApplication.class, "config.yml", contractOverrides(TestConfig.tempDirectory("monitor-contract"),
            ConfigOverride.config("alertWebhook.token", TestConfig.ALERT_TOKEN)));

    @Override
    protected DropwizardAppExtension<?> app() {
        return APP;
    }

    @Override
    protected String serviceName() {
        return MonitorApplication.SERVICE_NAME;
    }

    @Override
    protected String idRouteTemplate() {
        return "/v1/targets/{name}/checks";
    }

    @Override
    protected String jsonPostPath() {
        return "/v1/alerts";
    }

    /** Alertmanager's way: the webhook's bearer token on every POST (the contract's JSON checks run past it). */
    @Override
    protected HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(APP.getLocalPort(), path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestConfig.ALERT_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    protected void generateDomainTraffic() throws Exception {
        post("/v1/alerts", Fixtures.firing());
    }
}
