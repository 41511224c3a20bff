package io.nexuszero.monitor.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.nexuszero.monitor.probe.CheckResult;
import io.nexuszero.monitor.probe.Target;
import io.nexuszero.monitor.probe.TargetHealth;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The monitor's Prometheus metrics (docs/METRICS.md): checks by target and outcome, whether each target is up,
 * check durations, and alerts received from Alertmanager. Per-target series exist from startup (at zero, or NaN
 * for "up" until the first check) so dashboards and alerts see every target before it is first probed.
 */
public class MonitorMetrics {

    static final Duration[] CHECK_DURATION_BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)
    };

    private final MeterRegistry registry;
    private final Map<String, AtomicReference<Double>> up = new ConcurrentHashMap<>();

    public MonitorMetrics(MeterRegistry registry, List<Target> targets, Function<String, TargetHealth> currentHealth) {
        this.registry = registry;
        for (Target target : targets) {
            healthChecks(target.name(), true);
            healthChecks(target.name(), false);
            checkDuration(target.name());
            AtomicReference<Double> value = new AtomicReference<>(upValue(currentHealth.apply(target.name())));
            up.put(target.name(), value);
            Gauge.builder("nexuszero.monitor.target.up", value, AtomicReference::get)
                    .description("1 when the target's latest check succeeded, 0 when it failed, NaN before any check")
                    .tag("target", target.name())
                    .tag("optional", Boolean.toString(target.optional()))
                    .register(registry);
        }
    }

    public void recordCheck(CheckResult result) {
        healthChecks(result.target(), result.success()).increment();
        checkDuration(result.target()).record(Duration.ofMillis(result.latencyMs()));
        AtomicReference<Double> value = up.get(result.target());
        if (value != null) {
            value.set(upValue(TargetHealth.of(result.success())));
        }
    }

    /** One alert that opened an incident; {@code alert_type} is its alertname. */
    public void recordAlert(String alertname, String severity) {
        Counter.builder("nexuszero.monitor.alerts")
                .description("Alerts from Alertmanager that opened an incident, by alertname and severity")
                .tags("alert_type", alertname, "severity", severity)
                .register(registry)
                .increment();
    }

    private Counter healthChecks(String target, boolean healthy) {
        return Counter.builder("nexuszero.monitor.health.checks")
                .description("Probes of each target by outcome")
                .tags("target", target, "status", healthy ? "healthy" : "unhealthy")
                .register(registry);
    }

    private Timer checkDuration(String target) {
        return Timer.builder("nexuszero.monitor.check.duration")
                .description("Time from sending a probe to its result (timeouts included)")
                .tag("target", target)
                .serviceLevelObjectives(CHECK_DURATION_BUCKETS)
                .register(registry);
    }

    private static double upValue(TargetHealth health) {
        return switch (health) {
            case UP -> 1.0;
            case DOWN -> 0.0;
            case UNKNOWN -> Double.NaN;
        };
    }
}
