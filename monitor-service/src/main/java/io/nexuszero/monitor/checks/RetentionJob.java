package io.nexuszero.monitor.checks;

import io.dropwizard.lifecycle.Managed;
import io.nexuszero.monitor.probe.NamedThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rolls old raw results into hourly counts and prunes old roll-ups: at startup, then periodically. */
public class RetentionJob implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final CheckStore store;
    private final Duration rawRetention;
    private final Duration rollupRetention;
    private final Duration every;
    private final Clock clock;
    private ScheduledExecutorService executor;

    public RetentionJob(CheckStore store, Duration rawRetention, Duration rollupRetention, Duration every,
                        Clock clock) {
        this.store = store;
        this.rawRetention = rawRetention;
        this.rollupRetention = rollupRetention;
        this.every = every;
        this.clock = clock;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(new NamedThreads("retention"));
        executor.scheduleWithFixedDelay(this::runOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    void runOnce() {
        try {
            CheckStore.RollupOutcome outcome = store.rollUp(clock.instant(), rawRetention, rollupRetention);
            if (outcome.rawRowsRolledUp() > 0 || outcome.rollupsPruned() > 0) {
                LOG.info("Retention: rolled up {} check results, pruned {} hourly roll-ups; raw results kept from {}",
                        outcome.rawRowsRolledUp(), outcome.rollupsPruned(), outcome.rawKeptFrom());
            }
        } catch (RuntimeException e) {
            LOG.error("Retention run failed: {}", e.getMessage());
        }
    }
}
