package io.nexuszero.monitor.api;

/** One stored check result. */
public record CheckView(String checkedAt, boolean success, long latencyMs, Integer httpStatus, String reason) {
}
