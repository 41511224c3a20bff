package io.nexuszero.monitor.incident;

import io.nexuszero.monitor.api.AlertsReceipt;
import io.nexuszero.monitor.metrics.AlertMetrics;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Alertmanager notifications into incidents keyed by fingerprint. Firing opens an incident, or refreshes
 * the open one; resolved closes it. Re-sent notifications change nothing (Alertmanager repeats firing alerts
 * every repeat_interval, and retries webhooks that failed), and a resolution for an alert never seen firing is
 * still recorded, as an incident that is already resolved.
 */
public class IncidentService {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentService.class);

    private enum Outcome { OPENED, UPDATED, RESOLVED, UNCHANGED }

    private final IncidentStore store;
    private final AlertMetrics metrics;
    private final Clock clock;

    public IncidentService(IncidentStore store, AlertMetrics metrics, Clock clock) {
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Applies one notification atomically and durably; serialised so "at most one open per fingerprint" holds. */
    public synchronized AlertsReceipt apply(List<AlertNotification> alerts) {
        Instant now = clock.instant();
        List<Outcome> outcomes = store.inDurableTransaction(tx -> {
            List<Outcome> results = new ArrayList<>();
            for (AlertNotification alert : alerts) {
                results.add(alert.firing() ? fire(tx, alert, now) : resolve(tx, alert, now));
            }
            return results;
        });
        for (int i = 0; i < alerts.size(); i++) {
            AlertNotification alert = alerts.get(i);
            if (outcomes.get(i) == Outcome.OPENED) {
                metrics.recordOpened(alert.alertname(), alert.severity());
            }
            if (outcomes.get(i) != Outcome.UNCHANGED) {
                LOG.info("Incident {} {} ({}, {})", alert.alertname(), outcomes.get(i).name().toLowerCase(java.util.Locale.ROOT),
                        alert.severity(), alert.fingerprint());
            }
        }
        return new AlertsReceipt(alerts.size(), count(outcomes, Outcome.OPENED), count(outcomes, Outcome.UPDATED),
                count(outcomes, Outcome.RESOLVED), count(outcomes, Outcome.UNCHANGED));
    }

    private static Outcome fire(IncidentStore.Tx tx, AlertNotification alert, Instant now) {
        Optional<Incident> open = tx.findOpen(alert.fingerprint());
        if (open.isPresent()) {
            Incident refreshed = open.get().refreshedBy(alert, now);
            if (refreshed == open.get()) {
                return Outcome.UNCHANGED;
            }
            tx.update(refreshed);
            return Outcome.UPDATED;
        }
        if (tx.findStartedAt(alert.fingerprint(), alert.startsAt()).isPresent()) {
            // A late copy of a firing notification for an incident that has since resolved.
            return Outcome.UNCHANGED;
        }
        tx.insert(Incident.from(alert, IncidentState.OPEN, now));
        return Outcome.OPENED;
    }

    private static Outcome resolve(IncidentStore.Tx tx, AlertNotification alert, Instant now) {
        Optional<Incident> open = tx.findOpen(alert.fingerprint());
        if (open.isPresent()) {
            tx.update(open.get().resolvedBy(alert, now));
            return Outcome.RESOLVED;
        }
        if (tx.findStartedAt(alert.fingerprint(), alert.startsAt()).isPresent()) {
            return Outcome.UNCHANGED;
        }
        tx.insert(Incident.from(alert, IncidentState.RESOLVED, now));
        return Outcome.RESOLVED;
    }

    public List<Incident> list(IncidentState state, int limit) {
        return store.list(state, limit);
    }

    private static int count(List<Outcome> outcomes, Outcome wanted) {
        return (int) outcomes.stream().filter(o -> o == wanted).count();
    }
}
