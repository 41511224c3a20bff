package io.nexuszero.monitor.incident;

import java.util.Locale;

public enum IncidentState {
    OPEN, RESOLVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
