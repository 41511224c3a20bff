package io.nexuszero.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexuszero.monitor.checks.CheckStore;
import io.nexuszero.monitor.db.Database;
import io.nexuszero.monitor.incident.Incident;
import io.nexuszero.monitor.incident.IncidentState;
import io.nexuszero.monitor.incident.IncidentStore;
import io.nexuszero.monitor.probe.CheckResult;
import io.nexuszero.monitor.support.FakeTarget;
import io.nexuszero.monitor.support.Fixtures;
import io.nexuszero.common.testing.Http;
import io.nexuszero.monitor.support.Alerts;
import io.nexuszero.monitor.support.TestConfig;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor runs as a separate JVM, acknowledges an Alertmanager notification, and is killed with SIGKILL
 * (no shutdown hook, no clean close). Everything acknowledged and every recorded check is still in the database.
 */
class KillNineDurabilityTest {

    @TempDir
    Path workDirectory;

    @Test
    void anAcknowledgedIncidentAndTheCheckHistorySurviveKillDashNine() throws Exception {
        Path data = workDirectory.resolve("data");
        int appPort = TestConfig.unusedPort();
        int adminPort = TestConfig.unusedPort();
        try (FakeTarget api = FakeTarget.start()) {
            String config = TestConfig.in(data).ports(appPort, adminPort)
                    .target("api", api.url(), "200ms", "3s")
                    .write();
            Path log = workDirectory.resolve("monitor.log");
            Process monitor = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"),
                    MonitorApplication.class.getName(), "server", config)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            int acknowledgedChecks;
            String newestCheck;
            try {
                awaitStarted(appPort, monitor, log);
                acknowledgedChecks = awaitChecks(appPort, 3);
                Http.Reply ack = Alerts.post(appPort, Fixtures.firing());
                assertThat(ack.status()).as(ack.body()).isEqualTo(200);
                assertThat(ack.json().get("opened").asInt()).isEqualTo(2);
                // Checks recorded after the incident's explicit sync rely on WRITE_DELAY=0 alone.
                acknowledgedChecks = awaitChecks(appPort, acknowledgedChecks + 3);
                newestCheck = Http.getJson(appPort, "/v1/targets/api/checks?limit=1").get("checks").get(0)
                        .get("checkedAt").asText();

                monitor.destroyForcibly(); // SIGKILL on Unix
                assertThat(monitor.waitFor(10, TimeUnit.SECONDS)).isTrue();
                assertThat(monitor.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
            } finally {
                monitor.destroyForcibly();
            }

            Database database = Database.open(data);
            try {
                List<Incident> open = new IncidentStore(database).list(IncidentState.OPEN, 10);
                assertThat(open).extracting(Incident::fingerprint)
                        .containsExactlyInAnyOrder("5c3e0ed6b2a7f1d4", "a1f09c4be8d2e377");
                List<CheckResult> checks = new CheckStore(database).recent("api", null, 1000);
                assertThat(checks.size()).isGreaterThanOrEqualTo(acknowledgedChecks);
                assertThat(checks).extracting(c -> c.checkedAt().toString()).contains(newestCheck);
                assertThat(new CheckStore(database).states().get("api").lastCheckedAt())
                        .isEqualTo(checks.get(0).checkedAt());
            } finally {
                database.stop();
            }
        }
    }

    private static void awaitStarted(int port, Process monitor, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!monitor.isAlive()) {
                throw new AssertionError("monitor exited early:\n" + Files.readString(log));
            }
            try {
                if (Http.get(port, "/v1/info").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("monitor did not start within 60 s:\n" + Files.readString(log));
    }

    private static int awaitChecks(int port, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            int checks = Http.getJson(port, "/v1/targets/api/checks?limit=1000").get("checks").size();
            if (checks >= count) {
                return checks;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " checks within 20 s");
    }
}
