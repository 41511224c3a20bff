package io.nexuszero.monitor.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.nexuszero.common.metrics.LatencyBuckets;
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
 * Probes of the configured targets (docs/METRICS.md): checks by outcome, check durations, and whether each target
 * is up. Every series exists from {@link #bindTo} on (counters at zero, "up" at the persisted state or NaN), so
 * dashboards and alerts see every target before it is first probed.
 */
public final class ProbeMetrics implements MeterBinder {

    /** The shared request ladder from 5 ms (a probe is never faster) to 30 s (beyond any probe timeout). */
    static final Duration[] CHECK_DURATION_BUCKETS =
            LatencyBuckets.REQUEST.between(Duration.ofMillis(5), Duration.ofSeconds(30));

    /** The meters of one target, registered once so recording is a map lookup. */
    private record TargetMeters(Counter healthy, Counter unhealthy, Timer duration, AtomicReference<Double> up) {
    }

    private final List<Target> targets;
    private final Function<String, TargetHealth> currentHealth;
    private final Map<String, TargetMeters> meters = new ConcurrentHashMap<>();

    /** @param currentHealth each target's health at startup (the persisted state), for the first value of "up" */
    public ProbeMetrics(List<Target> targets, Function<String, TargetHealth> currentHealth) {
        this.targets = List.copyOf(targets);
        this.currentHealth = currentHealth;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Target target : targets) {
            AtomicReference<Double> up = new AtomicReference<>(upValue(currentHealth.apply(target.name())));
            Gauge.builder("nexuszero.monitor.target.up", up, AtomicReference::get)
                    .description("1 when the target's latest check succeeded, 0 when it failed, NaN before any check")
                    .tag("target", target.name())
                    .tag("optional", Boolean.toString(target.optional()))
                    .register(registry);
            meters.put(target.name(), new TargetMeters(checks(registry, target, true), checks(registry, target, false),
                    Timer.builder("nexuszero.monitor.check.duration")
                            .description("Time from sending a probe to its result (timeouts included)")
                            .tag("target", target.name())
                            .serviceLevelObjectives(CHECK_DURATION_BUCKETS)
                            .register(registry),
                    up));
        }
    }

    /** Counts one probe of a configured target; results of other targets are not probes this service made. */
    public void record(CheckResult result) {
        TargetMeters target = meters.get(result.target());
        if (target == null) {
            return;
        }
        (result.success() ? target.healthy() : target.unhealthy()).increment();
        target.duration().record(Duration.ofMillis(result.latencyMs()));
        target.up().set(upValue(TargetHealth.of(result.success())));
    }

    private static Counter checks(MeterRegistry registry, Target target, boolean healthy) {
        return Counter.builder("nexuszero.monitor.health.checks")
                .description("Probes of each target by outcome")
                .tags("target", target.name(), "status", healthy ? "healthy" : "unhealthy")
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
