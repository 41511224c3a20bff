package io.nexuszero.monitor.api;

import java.util.Map;

/** An incident as the API shows it; timestamps are ISO-8601 UTC strings. */
public record IncidentView(long id, String fingerprint, String alertname, String severity, String state,
                           String summary, String startsAt, String endsAt, String updatedAt,
                           Map<String, String> labels, Map<String, String> annotations, String generatorUrl) {
}
