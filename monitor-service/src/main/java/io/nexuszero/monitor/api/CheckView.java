package io.nexuszero.monitor.api;

import io.nexuszero.monitor.core.CheckResult;

/** One stored check result. */
public record CheckView(String checkedAt, boolean success, long latencyMs, Integer httpStatus, String reason) {

    public static CheckView of(CheckResult result) {
        return new CheckView(result.checkedAt().toString(), result.success(), result.latencyMs(), result.httpStatus(),
                result.reason());
    }
}
