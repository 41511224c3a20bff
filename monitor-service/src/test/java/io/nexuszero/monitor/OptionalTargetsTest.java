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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A local run without the observability stack: the stack's targets are optional, so their being down leaves the
 * overall status "up" (and a required target that goes down still makes it "degraded").
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OptionalTargetsTest {

    static final FakeTarget SERVICE = FakeTarget.start();

    static final DropwizardAppExtension<MonitorConfiguration> APP = new DropwizardAppExtension<>(
            MonitorApplication.class, TestConfig.in(TestConfig.tempDirectory("optional").resolve("data"))
            .target("service", SERVICE.url(), "200ms", "300ms")
            .optionalTarget("prometheus", "http://127.0.0.1:" + TestConfig.unusedPort() + "/-/ready", "200ms", "300ms")
            .write());

    @AfterAll
    static void stop() {
        SERVICE.close();
    }

    @Test
    void anOptionalTargetDownDegradesNothingARequiredOneDoes() throws Exception {
        JsonNode status = await(s -> s.get("overall").asText().equals("up")
                && target(s, "prometheus").get("status").asText().equals("down"));
        assertThat(target(status, "prometheus").get("optional").asBoolean()).isTrue();
        assertThat(target(status, "service").get("optional").asBoolean()).isFalse();
        assertThat(Http.get(APP.getLocalPort(), "/").body()).contains("data-target=\"prometheus\" data-status=\"down\" data-optional=\"true\"");

        PrometheusText scrape = PrometheusText.parse(Http.get(APP.getAdminPort(), "/metrics").body());
        assertThat(scrape.samples("nexuszero_monitor_target_up")).anySatisfy(s ->
                assertThat(s.labels()).containsEntry("target", "prometheus").containsEntry("optional", "true"));
        assertThat(scrape.samples("nexuszero_monitor_target_up")).anySatisfy(s ->
                assertThat(s.labels()).containsEntry("target", "service").containsEntry("optional", "false"));

        SERVICE.answer(FakeTarget.Mode.FAIL);
        try {
            await(s -> s.get("overall").asText().equals("down"));
        } finally {
            SERVICE.answer(FakeTarget.Mode.OK);
        }
    }

    private static JsonNode await(java.util.function.Predicate<JsonNode> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = Http.getJson(APP.getLocalPort(), "/v1/status");
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("status never matched: " + last);
    }

    private static JsonNode target(JsonNode status, String name) {
        for (JsonNode t : status.get("targets")) {
            if (t.get("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no target " + name);
    }
}
