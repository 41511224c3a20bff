package io.nexuszero.monitor.probe;

import java.time.Instant;

/**
 * One probe of one target.
 *
 * @param checkedAt when the probe started
 * @param latencyMs from sending the request to reading the (bounded) body, or to the failure
 * @param httpStatus null when no response arrived (timeout, refused connection, ...)
 * @param reason "ok" when healthy, otherwise a short cause such as "status 503" or "timeout after 2s"
 */
public record CheckResult(String target, Instant checkedAt, boolean success, long latencyMs, Integer httpStatus,
                          String reason) {

    public static final String OK = "ok";
}
