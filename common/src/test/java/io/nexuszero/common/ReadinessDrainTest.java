package io.nexuszero.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.nexuszero.common.app.TestApplication;
import io.nexuszero.common.testing.ServiceContractTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** At shutdown readiness turns false while the application port still serves: traffic can drain. */
class ReadinessDrainTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void readinessFailsFirstThenTheServerStops() throws Exception {
        DropwizardTestSupport<NexusZeroConfiguration> support = new DropwizardTestSupport<>(TestApplication.class,
                ResourceHelpers.resourceFilePath("test-service.yml"),
                ServiceContractTest.contractOverrides(Files.createTempDirectory("drain"),
                        ConfigOverride.config("readinessDrainPeriod", "3s"),
                        ConfigOverride.config("logging.appenders[1].enabled", "false")));
        support.before();
        int admin = support.getAdminPort();
        int app = support.getLocalPort();
        assertThat(status(admin, "/ready")).isEqualTo(200);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(support::after);
        int readiness = 200;
        for (int i = 0; i < 40 && readiness == 200; i++) {
            Thread.sleep(50);
            readiness = status(admin, "/ready");
        }
        assertThat(readiness).as("readiness during drain").isEqualTo(503);
        assertThat(status(app, "/v1/info")).as("application port during drain").isEqualTo(200);
        stopping.get();
    }

    private int status(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
