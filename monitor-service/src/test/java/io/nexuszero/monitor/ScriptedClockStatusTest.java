package io.nexuszero.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.core.Application;
import io.dropwizard.testing.DropwizardTestSupport;
import io.nexuszero.monitor.checks.CheckStore;
import io.nexuszero.monitor.db.Database;
import io.nexuszero.monitor.support.FakeTarget;
import io.nexuszero.common.testing.Http;
import io.nexuszero.monitor.support.ScriptedHistory;
import io.nexuszero.monitor.support.TestConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole service on a fixed clock over a scripted history: {@code GET /v1/status} reports exactly the share
 * of successful checks per window, including the one probe the service itself made at start.
 */
class ScriptedClockStatusTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:30:00Z");

    @TempDir
    Path workDirectory;

    @Test
    void statusReportsExactUptimeForTheScriptedHistory() throws Exception {
        Path data = workDirectory.resolve("data");
        Database database = Database.open(data);
        try {
            ScriptedHistory.write(new CheckStore(database), "api", NOW);
        } finally {
            database.stop();
        }
        try (FakeTarget api = FakeTarget.start()) {
            DropwizardTestSupport<MonitorConfiguration> app = new DropwizardTestSupport<>(MonitorApplication.class,
                    TestConfig.in(data).target("api", api.url(), "1h", "5s").write()) {
                @Override
                public Application<MonitorConfiguration> newApplication() {
                    return new MonitorApplication(Clock.fixed(NOW, ZoneOffset.UTC));
                }
            };
            app.before();
            try {
                JsonNode target = awaitFirstProbe(app.getLocalPort());
                assertThat(target.get("status").asText()).isEqualTo("up");
                assertThat(target.get("since").asText()).isEqualTo(NOW.toString());
                // The scripted counts plus the start-up probe (healthy, at NOW, inside every window).
                JsonNode uptime = target.get("uptime");
                assertThat(uptime.get("1h").asDouble()).isEqualTo(4 * 100.0 / 5);
                assertThat(uptime.get("24h").asDouble()).isEqualTo(10 * 100.0 / 11);
                assertThat(uptime.get("7d").asDouble()).isEqualTo(15 * 100.0 / 21);
                assertThat(uptime.get("30d").asDouble()).isEqualTo(35 * 100.0 / 41);
                // The page rounds down, so 90.909…% never reads as more than it is.
                String page = Http.get(app.getLocalPort(), "/").body();
                assertThat(page).contains(">80.00%<").contains(">90.90%<").contains(">71.42%<").contains(">85.36%<");
            } finally {
                app.after();
            }
        }
    }

    private static JsonNode awaitFirstProbe(int port) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            JsonNode target = Http.getJson(port, "/v1/status").get("targets").get(0);
            if (!target.get("status").asText().equals("unknown")) {
                return target;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the start-up probe did not complete in 10 s");
    }
}
