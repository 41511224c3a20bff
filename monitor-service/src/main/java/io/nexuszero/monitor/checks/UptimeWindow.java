package io.nexuszero.monitor.checks;

import java.time.Duration;

/** The windows uptime is reported for; each ends at the moment of the request. */
public enum UptimeWindow {
    HOUR("1h", Duration.ofHours(1)),
    DAY("24h", Duration.ofHours(24)),
    WEEK("7d", Duration.ofDays(7)),
    MONTH("30d", Duration.ofDays(30));

    private final String label;
    private final Duration length;

    UptimeWindow(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    public String label() {
        return label;
    }

    public Duration length() {
        return length;
    }
}
