package io.nexuszero.monitor.probe;

import java.time.Instant;

/**
 * The latest known state of a target.
 *
 * @param since when the target entered its current health (the first check of the current run of up or down)
 */
public record TargetState(String target, TargetHealth health, Instant since, Instant lastCheckedAt, Long latencyMs,
                          Integer httpStatus, String reason) {

    public static TargetState unknown(String target) {
        return new TargetState(target, TargetHealth.UNKNOWN, null, null, null, null, null);
    }

    /** The state after this check: {@code since} moves only when the health changes. */
    public TargetState after(CheckResult result) {
        TargetHealth next = TargetHealth.of(result.success());
        Instant nextSince = next == health && since != null ? since : result.checkedAt();
        return new TargetState(target, next, nextSince, result.checkedAt(), result.latencyMs(), result.httpStatus(),
                result.reason());
    }
}
