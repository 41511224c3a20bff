package io.nexuszero.monitor.probe;

import java.time.Duration;
import java.util.Optional;

/**
 * What a response must satisfy, checked in order: the HTTP status, the response time, then the JSON
 * body condition. The first failure is the check's reason.
 *
 * @param maxResponseTime null when only the timeout limits the response time
 * @param json null when the body is not inspected
 */
public record TargetConditions(StatusCondition status, Duration maxResponseTime, JsonFieldCondition json) {

    /** Empty when the response is healthy, otherwise the short reason it is not. */
    public Optional<String> failureOf(int httpStatus, Duration latency, byte[] body) {
        if (!status.accepts(httpStatus)) {
            return Optional.of("status " + httpStatus);
        }
        if (maxResponseTime != null && latency.compareTo(maxResponseTime) > 0) {
            return Optional.of("response time " + latency.toMillis() + "ms over limit "
                    + Durations.format(maxResponseTime));
        }
        if (json != null && !json.matches(body)) {
            return Optional.of("condition " + json + " failed");
        }
        return Optional.empty();
    }
}
