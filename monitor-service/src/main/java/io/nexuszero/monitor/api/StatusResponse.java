package io.nexuszero.monitor.api;

import java.util.List;

/**
 * {@code GET /v1/status}.
 *
 * @param overall up (every target up) | down (none up, at least one down) | degraded (the rest) |
 *                unknown (no target checked yet)
 * @param generatedAt when the answer was computed; uptime windows end here
 */
public record StatusResponse(String overall, String generatedAt, List<TargetStatus> targets) {
}
