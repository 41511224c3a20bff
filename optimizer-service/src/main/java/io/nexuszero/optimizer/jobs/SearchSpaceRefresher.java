package io.nexuszero.optimizer.jobs;

import io.dropwizard.lifecycle.Managed;
import io.nexuszero.optimizer.client.CryptoServiceException;
import io.nexuszero.optimizer.core.space.SearchSpaceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Refreshes the search space in the background: right after start, then every {@code interval} while crypto-service
 * answers and every {@code retryInterval} while it does not. Startup never waits for crypto-service.
 */
public class SearchSpaceRefresher implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(SearchSpaceRefresher.class);

    private final SearchSpaceService service;
    private final Duration interval;
    private final Duration retryInterval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-space-refresh");
        thread.setDaemon(true);
        return thread;
    });

    public SearchSpaceRefresher(SearchSpaceService service, Duration interval, Duration retryInterval) {
        this.service = service;
        this.interval = interval;
        this.retryInterval = retryInterval;
    }

    @Override
    public void start() {
        scheduler.schedule(this::refreshAndReschedule, 0, TimeUnit.MILLISECONDS);
    }

    private void refreshAndReschedule() {
        Duration next = interval;
        try {
            service.refresh();
        } catch (CryptoServiceException e) {
            LOG.warn("Search space refresh failed, serving the cached space (stale): {}", e.getMessage());
            next = retryInterval;
        } catch (RuntimeException e) {
            LOG.error("Search space refresh failed unexpectedly", e);
            next = retryInterval;
        }
        if (!scheduler.isShutdown()) {
            scheduler.schedule(this::refreshAndReschedule, next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
    }
}
