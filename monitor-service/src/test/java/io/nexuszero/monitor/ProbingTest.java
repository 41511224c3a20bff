package io.nexuszero.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.nexuszero.common.testing.PrometheusText;
import io.nexuszero.monitor.support.FakeTarget;
import io.nexuszero.common.testing.Http;
import io.nexuszero.monitor.support.TestConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Real probes against real HTTP servers that switch between healthy, failing, slow and hanging. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ProbingTest {

    static final Duration INTERVAL = Duration.ofMillis(400);
    static final Duration TIMEOUT = Duration.ofMillis(300);
    static final FakeTarget FLAPPY = FakeTarget.start();
    static final FakeTarget STEADY = FakeTarget.start();
    static final FakeTarget HANGER = FakeTarget.start();
    static final FakeTarget PICKY = FakeTarget.start().body("{\"status\":\"degraded\"}");
    static final FakeTarget SLOWPOKE = FakeTarget.start().slow(150);
    static final FakeTarget SECURED = FakeTarget.start();

    static final DropwizardAppExtension<MonitorConfiguration> APP = new DropwizardAppExtension<>(
            MonitorApplication.class, TestConfig.in(TestConfig.tempDirectory("probing").resolve("data"))
            .line("maxConcurrentProbes: 3")
            .target("flappy", FLAPPY.url(), "400ms", "300ms")
            .target("steady", STEADY.url(), "300ms", "300ms")
            .target("hanger", HANGER.url(), "300ms", "250ms")
            .target("refused", "http://127.0.0.1:" + TestConfig.unusedPort() + "/health", "300ms", "300ms")
            .target("picky", PICKY.url(), "300ms", "300ms", "status: 2xx\njson: \"$.status == ok\"")
            .target("slowpoke", SLOWPOKE.url(), "300ms", "1s", "maxResponseTime: 50ms")
            .target("secured", SECURED.urlWithCredentials("monitor", "s3cret"), "300ms", "1s")
            .write());

    @AfterEach
    void healAll() {
        FLAPPY.answer(FakeTarget.Mode.OK);
        HANGER.answer(FakeTarget.Mode.OK);
    }

    @AfterAll
    static void stopTargets() {
        List.of(FLAPPY, STEADY, HANGER, PICKY, SLOWPOKE, SECURED).forEach(FakeTarget::close);
    }

    @Test
    void downWithinTwoIntervalsAndBackUpWithinTwo() {
        awaitTarget("flappy", t -> t.get("status").asText().equals("up"), Duration.ofSeconds(5));

        Instant brokeAt = Instant.now();
        FLAPPY.answer(FakeTarget.Mode.FAIL);
        JsonNode down = awaitTarget("flappy", t -> t.get("status").asText().equals("down"), Duration.ofSeconds(5));
        Duration noticed = Duration.between(brokeAt, Instant.now());
        Instant downSince = Instant.parse(down.get("since").asText());
        // A probe already in flight at the switch may be the one that sees it, so "since" may precede it a little.
        assertThat(Duration.between(brokeAt, downSince)).as("first failing check started within two intervals")
                .isBetween(TIMEOUT.negated(), INTERVAL.multipliedBy(2));
        // The report follows the check by its latency plus our polling; allow a loaded CI machine some slack.
        assertThat(noticed).isLessThan(INTERVAL.multipliedBy(2).plusMillis(500));
        assertThat(down.get("reason").asText()).isEqualTo("status 503");
        assertThat(down.get("httpStatus").asInt()).isEqualTo(503);

        Instant fixedAt = Instant.now();
        FLAPPY.answer(FakeTarget.Mode.OK);
        JsonNode up = awaitTarget("flappy", t -> t.get("status").asText().equals("up"), Duration.ofSeconds(5));
        Duration recovered = Duration.between(fixedAt, Instant.now());
        Instant upSince = Instant.parse(up.get("since").asText());
        assertThat(Duration.between(fixedAt, upSince)).isBetween(TIMEOUT.negated(), INTERVAL.multipliedBy(2));
        assertThat(recovered).isLessThan(INTERVAL.multipliedBy(2).plusMillis(500));
        assertThat(up.get("reason").asText()).isEqualTo("ok");
    }

    @Test
    void aHangingTargetTimesOutAndNeverDelaysTheOthers() throws Exception {
        HANGER.answer(FakeTarget.Mode.HANG);
        Instant hangStarted = Instant.now();
        JsonNode hanger = awaitTarget("hanger", t -> t.path("reason").asText().startsWith("timeout"),
                Duration.ofSeconds(5));
        assertThat(hanger.get("status").asText()).isEqualTo("down");
        assertThat(hanger.get("reason").asText()).isEqualTo("timeout after 250ms");
        assertThat(hanger.get("httpStatus").isNull()).isTrue();

        Thread.sleep(2000);
        // Every check of the hanging target ended at its timeout, never much later (hard deadline).
        List<JsonNode> hangerChecks = checksSince("hanger", hangStarted.plusMillis(400));
        assertThat(hangerChecks).isNotEmpty().allSatisfy(check -> {
            assertThat(check.get("reason").asText()).isEqualTo("timeout after 250ms");
            assertThat(check.get("latencyMs").asLong()).isBetween(240L, 1000L);
        });
        // Meanwhile the healthy target kept its own 300 ms schedule: no gap of two intervals or more.
        List<JsonNode> steadyChecks = checksSince("steady", hangStarted);
        assertThat(steadyChecks.size()).isGreaterThanOrEqualTo(6);
        List<Instant> times = steadyChecks.stream().map(c -> Instant.parse(c.get("checkedAt").asText())).toList();
        for (int i = 0; i + 1 < times.size(); i++) {
            assertThat(Duration.between(times.get(i + 1), times.get(i))).as("gap between steady checks")
                    .isLessThan(Duration.ofMillis(600));
        }
        assertThat(steadyChecks).allSatisfy(check -> assertThat(check.get("success").asBoolean()).isTrue());
    }

    @Test
    void eachFailureHasAShortReason() {
        // Wait for the expected kind of failure: the very first probe in a cold, busy JVM may time out instead.
        JsonNode refused = awaitTarget("refused", t -> t.path("reason").asText().startsWith("connection"),
                Duration.ofSeconds(5));
        assertThat(refused.get("status").asText()).isEqualTo("down");
        assertThat(refused.get("reason").asText()).isEqualTo("connection refused");

        JsonNode picky = awaitTarget("picky", t -> t.path("reason").asText().startsWith("condition"),
                Duration.ofSeconds(5));
        assertThat(picky.get("status").asText()).isEqualTo("down");
        assertThat(picky.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(picky.get("reason").asText()).isEqualTo("condition $.status == ok failed");

        JsonNode slow = awaitTarget("slowpoke", t -> t.path("reason").asText().startsWith("response time"),
                Duration.ofSeconds(5));
        assertThat(slow.get("status").asText()).isEqualTo("down");
        assertThat(slow.get("reason").asText()).matches("response time \\d+ms over limit 50ms");
        assertThat(slow.get("latencyMs").asLong()).isGreaterThanOrEqualTo(150);

        awaitTarget("steady", t -> t.get("status").asText().equals("up"), Duration.ofSeconds(5));
        // A target that never answered has exactly 0% in every window.
        for (String window : List.of("1h", "24h", "7d", "30d")) {
            assertThat(refused.get("uptime").get(window).asDouble()).isEqualTo(0.0);
        }
        assertThat(Http.getJson(APP.getLocalPort(), "/v1/status").get("overall").asText()).isEqualTo("degraded");
    }

    @Test
    void credentialsInAUrlAreSentAsBasicAuthAndNeverShown() {
        JsonNode secured = awaitTarget("secured", t -> t.get("status").asText().equals("up"), Duration.ofSeconds(5));
        assertThat(SECURED.lastAuthorization()).isEqualTo("Basic " + java.util.Base64.getEncoder()
                .encodeToString("monitor:s3cret".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(secured.get("url").asText()).isEqualTo(SECURED.url());
        assertThat(Http.get(APP.getLocalPort(), "/").body()).doesNotContain("s3cret");
        assertThat(Http.get(APP.getLocalPort(), "/v1/status").body()).doesNotContain("s3cret");
    }

    @Test
    void checksAreListedNewestFirstWithABoundedLimit() {
        awaitTarget("steady", t -> t.get("status").asText().equals("up"), Duration.ofSeconds(5));
        JsonNode page = Http.getJson(APP.getLocalPort(), "/v1/targets/steady/checks?limit=2");
        assertThat(page.get("target").asText()).isEqualTo("steady");
        assertThat(page.get("checks")).hasSize(2);
        Instant newest = Instant.parse(page.get("checks").get(0).get("checkedAt").asText());
        Instant older = Instant.parse(page.get("checks").get(1).get("checkedAt").asText());
        assertThat(newest).isAfter(older);
        JsonNode none = Http.getJson(APP.getLocalPort(), "/v1/targets/steady/checks?since=2999-01-01T00:00:00Z");
        assertThat(none.get("checks")).isEmpty();
    }

    @Test
    void badChecksQueriesAreClientErrorsWithCodes() {
        assertError(Http.get(APP.getLocalPort(), "/v1/targets/no-such-target/checks"), 404, "target_not_found");
        assertError(Http.get(APP.getLocalPort(), "/v1/targets/steady/checks?limit=0"), 400, "invalid_limit");
        assertError(Http.get(APP.getLocalPort(), "/v1/targets/steady/checks?limit=1001"), 400, "invalid_limit");
        assertError(Http.get(APP.getLocalPort(), "/v1/targets/steady/checks?limit=ten"), 400, "invalid_limit");
        assertError(Http.get(APP.getLocalPort(), "/v1/targets/steady/checks?since=yesterday"), 400, "invalid_since");
        assertError(Http.get(APP.getLocalPort(), "/v1/targets/steady/checks?since=2026-11-27T06:00:00"), 400,
                "invalid_since");
        assertThat(Http.get(APP.getLocalPort(), "/v1/targets/steady/checks?since=2026-11-27T06:00:00%2B01:00")
                .status()).isEqualTo(200);
    }

    static void assertError(Http.Reply response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode error = response.json();
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @Test
    void metricsFollowTheChecks() {
        awaitTarget("refused", t -> t.get("status").asText().equals("down"), Duration.ofSeconds(5));
        awaitTarget("steady", t -> t.get("status").asText().equals("up"), Duration.ofSeconds(5));
        PrometheusText scrape = PrometheusText.parse(Http.get(APP.getAdminPort(), "/metrics").body());
        assertThat(value(scrape, "nexuszero_monitor_target_up", "steady", null)).isEqualTo(1.0);
        assertThat(value(scrape, "nexuszero_monitor_target_up", "refused", null)).isEqualTo(0.0);
        assertThat(value(scrape, "nexuszero_monitor_health_checks_total", "refused", "unhealthy")).isGreaterThan(0);
        assertThat(value(scrape, "nexuszero_monitor_health_checks_total", "steady", "healthy")).isGreaterThan(0);
        assertThat(value(scrape, "nexuszero_monitor_check_duration_seconds_count", "steady", null)).isGreaterThan(0);
        assertThat(scrape.samples("nexuszero_monitor_check_duration_seconds_bucket"))
                .anySatisfy(s -> assertThat(s.labels()).containsEntry("target", "slowpoke").containsEntry("le", "0.25"));
    }

    @Test
    void healthChecksReportDatabaseAndScheduler() {
        JsonNode health = Http.get(APP.getAdminPort(), "/healthcheck").json();
        assertThat(health.get("database").get("healthy").asBoolean()).isTrue();
        assertThat(health.get("probe-scheduler").get("healthy").asBoolean()).isTrue();
        assertThat(health.get("probe-scheduler").get("message").asText()).isEqualTo("probing 7 targets");
    }

    private static double value(PrometheusText scrape, String family, String target, String status) {
        return scrape.samples(family).stream()
                .filter(s -> target.equals(s.labels().get("target")))
                .filter(s -> status == null || status.equals(s.labels().get("status")))
                .mapToDouble(PrometheusText.Sample::value).sum();
    }

    static JsonNode awaitTarget(String name, Predicate<JsonNode> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode target : Http.getJson(APP.getLocalPort(), "/v1/status").get("targets")) {
                if (target.get("name").asText().equals(name)) {
                    last = target;
                    if (condition.test(target)) {
                        return target;
                    }
                }
            }
            sleep(20);
        }
        throw new AssertionError("target " + name + " did not reach the expected state in " + timeout + "; last: " + last);
    }

    private static List<JsonNode> checksSince(String name, Instant since) {
        List<JsonNode> checks = new ArrayList<>();
        Http.getJson(APP.getLocalPort(), "/v1/targets/" + name + "/checks?limit=1000&since=" + since)
                .get("checks").forEach(checks::add);
        return checks;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
