package io.nexuszero.monitor.api;

import io.nexuszero.monitor.core.Incident;
import java.time.Instant;
import java.util.Map;

/** An incident as the API shows it; timestamps are ISO-8601 UTC strings. */
public record IncidentView(long id, String fingerprint, String alertname, String severity, String state,
                           String summary, String startsAt, String endsAt, String updatedAt,
                           Map<String, String> labels, Map<String, String> annotations, String generatorUrl) {

    public static IncidentView of(Incident incident) {
        return new IncidentView(incident.id(), incident.fingerprint(), incident.alertname(), incident.severity(),
                incident.state().label(), incident.summary(), text(incident.startsAt()), text(incident.endsAt()),
                text(incident.updatedAt()), incident.labels(), incident.annotations(), incident.generatorUrl());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
