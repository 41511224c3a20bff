package io.nexuszero.monitor.api;

import java.util.Map;

/**
 * One target in {@code GET /v1/status}.
 *
 * @param status up | down | unknown
 * @param since when the target entered its current status (ISO-8601), null while unknown
 * @param uptime percentage of successful checks per window ("1h", "24h", "7d", "30d"), null without checks
 * @param optional true when the target being down does not count against the overall status
 */
public record TargetStatus(String name, String url, String status, String since, String lastCheckedAt,
                           Long latencyMs, Integer httpStatus, String reason, Map<String, Double> uptime,
                           boolean optional) {
}
