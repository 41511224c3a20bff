package io.nexuszero.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.DropwizardTestSupport;
import io.nexuszero.monitor.support.FakeTarget;
import io.nexuszero.monitor.support.Fixtures;
import io.nexuszero.common.testing.Http;
import io.nexuszero.monitor.support.Alerts;
import io.nexuszero.monitor.support.TestConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stop the monitor and start a new one on the same data directory: status, history and incidents remain. */
class RestartTest {

    @TempDir
    Path workDirectory;

    @Test
    void aRestartKeepsStatusHistoryAndIncidents() throws Exception {
        try (FakeTarget api = FakeTarget.start()) {
            String config = TestConfig.in(workDirectory.resolve("data"))
                    .target("api", api.url(), "200ms", "3s")
                    .write();

            DropwizardTestSupport<MonitorConfiguration> first = new DropwizardTestSupport<>(MonitorApplication.class, config);
            first.before();
            JsonNode before;
            List<String> historyBefore;
            JsonNode incidentBefore;
            try {
                awaitChecks(first.getLocalPort(), 3);
                assertThat(Alerts.post(first.getLocalPort(), Fixtures.firing()).status()).isEqualTo(200);
                before = target(first.getLocalPort());
                historyBefore = checkTimes(first.getLocalPort());
                incidentBefore = Http.getJson(first.getLocalPort(), "/v1/incidents?state=open").get("incidents").get(0);
            } finally {
                first.after();
            }
            assertThat(before.get("status").asText()).isEqualTo("up");

            DropwizardTestSupport<MonitorConfiguration> second = new DropwizardTestSupport<>(MonitorApplication.class, config);
            second.before();
            try {
                JsonNode after = target(second.getLocalPort());
                // Still up since the very first check of the first run: the state came back from disk.
                assertThat(after.get("status").asText()).isEqualTo("up");
                assertThat(after.get("since").asText()).isEqualTo(before.get("since").asText());
                assertThat(after.get("uptime").get("1h").asDouble()).as(checkTimes(second.getLocalPort()).toString()).isEqualTo(100.0);
                assertThat(checkTimes(second.getLocalPort())).containsAll(historyBefore);
                JsonNode open = Http.getJson(second.getLocalPort(), "/v1/incidents?state=open").get("incidents");
                assertThat(open).hasSize(2);
                assertThat(open).anySatisfy(i -> {
                    assertThat(i.get("id")).isEqualTo(incidentBefore.get("id"));
                    assertThat(i.get("fingerprint")).isEqualTo(incidentBefore.get("fingerprint"));
                    assertThat(i.get("startsAt")).isEqualTo(incidentBefore.get("startsAt"));
                });
                // The resolution arriving after the restart closes the incidents opened before it.
                JsonNode receipt = Alerts.post(second.getLocalPort(), Fixtures.resolved()).json();
                assertThat(receipt.get("resolved").asInt()).isEqualTo(2);
            } finally {
                second.after();
            }
        }
    }

    private static void awaitChecks(int port, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            JsonNode target = target(port);
            if (checkTimes(port).size() >= count && target.get("status").asText().equals("up")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " checks, or not up, within 10 s");
    }

    private static JsonNode target(int port) {
        return Http.getJson(port, "/v1/status").get("targets").get(0);
    }

    private static List<String> checkTimes(int port) {
        List<String> times = new ArrayList<>();
        Http.getJson(port, "/v1/targets/api/checks?limit=1000").get("checks")
                .forEach(c -> times.add(c.get("checkedAt").asText() + " " + c.get("success").asBoolean() + " " + c.get("reason").asText() + " " + c.get("latencyMs").asText()));
        return times;
    }
}
