package io.nexuszero.optimizer.client;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How hard the client tries before giving up (resilience4j): attempts per call on connection errors and 5xx, with
 * exponential backoff and jitter, so replicas that failed together do not retry together. Exported as
 * {@code resilience4j_retry_calls_total{name="crypto-service",kind}} (docs/METRICS.md). A busy (429) crypto-service
 * is not a failure and is not retried here: the client waits out its Retry-After.
 */
public final class CryptoServiceRetry {

    public static final String NAME = "crypto-service";
    /** Each backoff doubles the one before, up to the cap. */
    static final double MULTIPLIER = 2.0;
    /** Each wait is drawn from [0.5, 1.5] × the backoff. */
    static final double JITTER = 0.5;

    private static final Logger LOG = LoggerFactory.getLogger(CryptoServiceClient.class);

    private CryptoServiceRetry() {
    }

    /** The retry of crypto-service calls, its metrics bound to {@code registry}. */
    public static Retry build(int maxAttempts, Duration initialBackoff, Duration maxBackoff, MeterRegistry registry) {
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .intervalFunction(backoff(initialBackoff, maxBackoff))
                .retryOnException(CryptoServiceRetry::retryable)
                .build());
        Retry retry = retries.retry(NAME);
        retry.getEventPublisher().onRetry(event -> LOG.warn("crypto-service call failed ({}); retry {} of {} in {} ms",
                event.getLastThrowable().getMessage(), event.getNumberOfRetryAttempts(), maxAttempts - 1,
                event.getWaitInterval().toMillis()));
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(registry);
        return retry;
    }

    static IntervalFunction backoff(Duration initialBackoff, Duration maxBackoff) {
        return IntervalFunction.ofExponentialRandomBackoff(initialBackoff, MULTIPLIER, JITTER, maxBackoff);
    }

    /** Connection errors and 5xx may pass; a 4xx will not, and a 429 is waited out, not retried. */
    static boolean retryable(Throwable failure) {
        return failure instanceof CryptoServiceException e && e.status() != 429
                && (e.status() == 0 || e.status() >= 500);
    }
}
