package io.nexuszero.monitor.api;

/** What {@code POST /v1/alerts} did with the alerts of one notification. */
public record AlertsReceipt(int received, int opened, int updated, int resolved, int unchanged) {
}
