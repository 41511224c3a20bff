package io.nexuszero.monitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nexuszero.monitor.probe.CheckResult;
import io.nexuszero.monitor.probe.StatusCondition;
import io.nexuszero.monitor.probe.Target;
import io.nexuszero.monitor.probe.TargetConditions;
import io.nexuszero.monitor.probe.TargetHealth;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The binders on a real (simple) registry: series from binding on, values after recording. */
class MetricBindersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void probeMetricsExistForEveryTargetFromBindingOnAndFollowTheChecks() {
        Target api = target("api", false);
        Target loki = target("loki", true);
        new ProbeMetrics(List.of(api, loki), name -> name.equals("api") ? TargetHealth.DOWN : TargetHealth.UNKNOWN)
                .bindTo(registry);

        assertThat(registry.get("nexuszero.monitor.target.up").tags("target", "api", "optional", "false").gauge()
                .value()).isEqualTo(0.0);
        assertThat(registry.get("nexuszero.monitor.target.up").tags("target", "loki", "optional", "true").gauge()
                .value()).isNaN();
        assertThat(registry.get("nexuszero.monitor.health.checks").tags("target", "loki", "status", "unhealthy")
                .counter().count()).isZero();
        assertThat(registry.get("nexuszero.monitor.check.duration").tag("target", "api").timer().count()).isZero();
    }

    @Test
    void recordingAProbeCountsItTimesItAndSetsUp() {
        ProbeMetrics metrics = new ProbeMetrics(List.of(target("api", false)), name -> TargetHealth.UNKNOWN);
        metrics.bindTo(registry);

        metrics.record(new CheckResult("api", Instant.EPOCH, true, 40, 200, CheckResult.OK));
        metrics.record(new CheckResult("api", Instant.EPOCH, false, 2000, null, "timeout after 2s"));
        metrics.record(new CheckResult("not-configured", Instant.EPOCH, true, 1, 200, CheckResult.OK));

        assertThat(registry.get("nexuszero.monitor.health.checks").tags("target", "api", "status", "healthy")
                .counter().count()).isEqualTo(1.0);
        assertThat(registry.get("nexuszero.monitor.health.checks").tags("target", "api", "status", "unhealthy")
                .counter().count()).isEqualTo(1.0);
        assertThat(registry.get("nexuszero.monitor.check.duration").tag("target", "api").timer()
                .totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(2040.0);
        assertThat(registry.get("nexuszero.monitor.target.up").tag("target", "api").gauge().value()).isEqualTo(0.0);
        assertThat(registry.find("nexuszero.monitor.health.checks").tag("target", "not-configured").counters())
                .isEmpty();
    }

    @Test
    void alertMetricsCountByAlertnameAndSeverityOnceBound() {
        AlertMetrics metrics = new AlertMetrics();
        assertThatThrownBy(() -> metrics.recordOpened("CryptoServiceDown", "critical"))
                .isInstanceOf(IllegalStateException.class);
        metrics.bindTo(registry);

        metrics.recordOpened("CryptoServiceDown", "critical");
        metrics.recordOpened("CryptoServiceDown", "critical");
        metrics.recordOpened("HighLatency", "warning");

        assertThat(registry.get("nexuszero.monitor.alerts").tags("alert_type", "CryptoServiceDown", "severity",
                "critical").counter().count()).isEqualTo(2.0);
        assertThat(registry.get("nexuszero.monitor.alerts").tags("alert_type", "HighLatency", "severity", "warning")
                .counter().count()).isEqualTo(1.0);
    }

    private static Target target(String name, boolean optional) {
        return new Target(name, URI.create("http://localhost:1/ready"), Duration.ofSeconds(15), Duration.ofSeconds(5),
                new TargetConditions(StatusCondition.parse("2xx"), null, null), optional);
    }
}
