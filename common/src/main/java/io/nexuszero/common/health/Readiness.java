package io.nexuszero.common.health;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import io.dropwizard.util.Duration;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ready while every registered health check passes and the service is not shutting down. At
 * shutdown readiness turns false first and the server keeps serving for the drain period, so load
 * balancers stop sending new requests before connectors close.
 */
public class Readiness {

    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);

    private final HealthCheckRegistry healthChecks;
    private final Duration drainPeriod;
    private final AtomicBoolean shuttingDown = new AtomicBoolean(false);

    public Readiness(HealthCheckRegistry healthChecks, Duration drainPeriod) {
        this.healthChecks = healthChecks;
        this.drainPeriod = drainPeriod;
    }

    public boolean isShuttingDown() {
        return shuttingDown.get();
    }

    /** Runs the health checks; the service is ready when none fails and it is not draining. */
    public SortedMap<String, HealthCheck.Result> check() {
        return healthChecks.runHealthChecks();
    }

    public void drainOnShutdown(Server server) {
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopping(LifeCycle event) {
                shuttingDown.set(true);
                if (drainPeriod.toMilliseconds() > 0) {
                    LOG.info("Readiness is now false; draining for {} before stopping", drainPeriod);
                    try {
                        Thread.sleep(drainPeriod.toMilliseconds());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
    }
}
