package io.nexuszero.monitor.incident;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An incident opened by a firing Alertmanager alert and closed by its resolution. At most one incident per
 * fingerprint is open at a time; a later firing of the same alert (new {@code startsAt}) opens a new one.
 *
 * @param id null until stored
 * @param endsAt null while open
 */
public record Incident(Long id, String fingerprint, String alertname, String severity, IncidentState state,
                       String summary, Map<String, String> labels, Map<String, String> annotations,
                       String generatorUrl, Instant startsAt, Instant endsAt, Instant openedAt, Instant updatedAt) {

    public static Incident from(AlertNotification alert, IncidentState state, Instant now) {
        Instant endsAt = state == IncidentState.RESOLVED ? alert.endsAtOr(now) : null;
        return new Incident(null, alert.fingerprint(), alert.alertname(), alert.severity(), state, alert.summary(),
                alert.labels(), alert.annotations(), alert.generatorUrl(), alert.startsAt(), endsAt, now, now);
    }

    /** This open incident refreshed by a repeated firing notification; this very instance when nothing changed. */
    public Incident refreshedBy(AlertNotification alert, Instant now) {
        Instant earliest = alert.startsAt().isBefore(startsAt) ? alert.startsAt() : startsAt;
        Incident refreshed = new Incident(id, fingerprint, alert.alertname(), alert.severity(), state, alert.summary(),
                alert.labels(), alert.annotations(), alert.generatorUrl(), earliest, endsAt, openedAt, updatedAt);
        return refreshed.sameContentAs(this) ? this : refreshed.withUpdatedAt(now);
    }

    public Incident resolvedBy(AlertNotification alert, Instant now) {
        return new Incident(id, fingerprint, alertname, severity, IncidentState.RESOLVED, summary, labels,
                annotations, generatorUrl, startsAt, alert.endsAtOr(now), openedAt, now);
    }

    public Incident withId(long newId) {
        return new Incident(newId, fingerprint, alertname, severity, state, summary, labels, annotations,
                generatorUrl, startsAt, endsAt, openedAt, updatedAt);
    }

    private Incident withUpdatedAt(Instant now) {
        return new Incident(id, fingerprint, alertname, severity, state, summary, labels, annotations,
                generatorUrl, startsAt, endsAt, openedAt, now);
    }

    private boolean sameContentAs(Incident other) {
        return alertname.equals(other.alertname) && severity.equals(other.severity) && summary.equals(other.summary)
                && labels.equals(other.labels) && annotations.equals(other.annotations)
                && Objects.equals(generatorUrl, other.generatorUrl) && startsAt.equals(other.startsAt);
    }
}
