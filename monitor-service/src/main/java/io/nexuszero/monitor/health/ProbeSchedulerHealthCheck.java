package io.nexuszero.monitor.health;

import com.codahale.metrics.health.HealthCheck;
import io.nexuszero.monitor.probe.ProbeScheduler;

/** Healthy while the probe scheduler runs and keeps dispatching on time. */
public class ProbeSchedulerHealthCheck extends HealthCheck {

    private final ProbeScheduler scheduler;

    public ProbeSchedulerHealthCheck(ProbeScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    protected Result check() {
        return scheduler.isRunning()
                ? Result.healthy("probing %d targets", scheduler.targets().size())
                : Result.unhealthy("probe scheduler is not running or has stalled");
    }
}
