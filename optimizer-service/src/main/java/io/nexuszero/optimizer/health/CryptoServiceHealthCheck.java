package io.nexuszero.optimizer.health;

import com.codahale.metrics.health.HealthCheck;
import io.nexuszero.optimizer.client.CryptoServiceClient;
import io.nexuszero.optimizer.client.CryptoServiceException;
import io.nexuszero.optimizer.client.ServiceInfo;
import io.nexuszero.optimizer.core.space.SearchSpaceService;

import java.time.Duration;

/**
 * crypto-service is a non-critical dependency: without it /v1/optimize answers from the cached search space and
 * model (stale: true) and only training jobs fail. So this check always reports healthy, which keeps readiness up,
 * and says "degraded" (detail {@code dependency: degraded}) when crypto-service is unreachable or the search space
 * is stale.
 */
public class CryptoServiceHealthCheck extends HealthCheck {
    private final CryptoServiceClient client;
    private final SearchSpaceService searchSpace;
    private final Duration timeout;

    public CryptoServiceHealthCheck(CryptoServiceClient client, SearchSpaceService searchSpace, Duration timeout) {
        this.client = client;
        this.searchSpace = searchSpace;
        this.timeout = timeout;
    }

    @Override
    protected Result check() {
        SearchSpaceService.RefreshStatus status = searchSpace.status();
        try {
            ServiceInfo info = client.infoOnce(timeout);
            ResultBuilder result = Result.builder().healthy()
                    .withDetail("url", client.baseUri().toString())
                    .withDetail("version", info.version())
                    .withDetail("searchSpaceStale", status.stale());
            return status.stale()
                    ? result.withDetail("dependency", "degraded")
                            .withMessage("crypto-service " + info.version() + " answers but the search space is stale"
                                    + (status.lastError() == null ? " (first refresh pending)" : ": " + status.lastError()))
                            .build()
                    : result.withDetail("dependency", "ok").withMessage("crypto-service " + info.version() + " reachable").build();
        } catch (CryptoServiceException e) {
            return Result.builder().healthy()
                    .withDetail("url", client.baseUri().toString())
                    .withDetail("dependency", "degraded")
                    .withDetail("searchSpaceStale", status.stale())
                    .withMessage("degraded: crypto-service unreachable (" + e.code() + "); answering from the cached"
                            + " search space and model")
                    .build();
        }
    }
}
