package io.nexuszero.optimizer.client;

import java.time.Duration;

/**
 * How hard the client tries before giving up: attempts per call, exponential backoff between attempts on
 * connection errors and 5xx, and the longest Retry-After it will honour for a busy (429) crypto-service.
 * A 429 wait does not use up an attempt until {@code maxBusyWait} is spent in total.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxBusyWait) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Backoff before attempt number {@code attempt} (2 = first retry): doubles each time, capped. */
    public Duration backoffBefore(int attempt) {
        long millis = initialBackoff.toMillis() << Math.min(20, Math.max(0, attempt - 2));
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
