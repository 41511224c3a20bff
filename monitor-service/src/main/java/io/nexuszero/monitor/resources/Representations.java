package io.nexuszero.monitor.resources;

import io.nexuszero.monitor.api.CheckView;
import io.nexuszero.monitor.api.IncidentView;
import io.nexuszero.monitor.incident.Incident;
import io.nexuszero.monitor.probe.CheckResult;
import java.time.Instant;

/** Domain values as the API shows them; here so that {@code api} depends on nothing in the service. */
final class Representations {

    private Representations() {
    }

    static CheckView check(CheckResult result) {
        return new CheckView(result.checkedAt().toString(), result.success(), result.latencyMs(), result.httpStatus(),
                result.reason());
    }

    static IncidentView incident(Incident incident) {
        return new IncidentView(incident.id(), incident.fingerprint(), incident.alertname(), incident.severity(),
                incident.state().label(), incident.summary(), text(incident.startsAt()), text(incident.endsAt()),
                text(incident.updatedAt()), incident.labels(), incident.annotations(), incident.generatorUrl());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
