package io.nexuszero.monitor.incident;

import java.time.Instant;
import java.util.Map;

/**
 * One validated alert from an Alertmanager notification.
 *
 * @param endsAt null when Alertmanager sent none (or Go's zero time, as it does for firing alerts)
 */
public record AlertNotification(String fingerprint, boolean firing, String alertname, String severity,
                                String summary, Map<String, String> labels, Map<String, String> annotations,
                                String generatorUrl, Instant startsAt, Instant endsAt) {

    public Instant endsAtOr(Instant fallback) {
        return endsAt == null ? fallback : endsAt;
    }
}
