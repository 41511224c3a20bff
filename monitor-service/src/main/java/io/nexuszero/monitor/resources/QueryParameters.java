package io.nexuszero.monitor.resources;

import io.nexuszero.common.errors.ApiException;
import io.nexuszero.monitor.api.MonitorErrors;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Query parameters are taken as strings and parsed here, so a bad value is a 400 with a documented code
 * instead of Jersey's bare 404 for an unconvertible parameter.
 */
final class QueryParameters {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private QueryParameters() {
    }

    static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiException.badRequest(MonitorErrors.INVALID_LIMIT,
                "limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** ISO-8601 instant with an offset ("2026-11-27T06:00:00Z"); null when absent. */
    static Instant since(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(MonitorErrors.INVALID_SINCE,
                    "since must be an ISO-8601 timestamp with offset, such as 2026-11-27T06:00:00Z");
        }
    }
}
