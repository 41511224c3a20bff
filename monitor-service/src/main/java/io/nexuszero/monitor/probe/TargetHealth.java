package io.nexuszero.monitor.probe;

import java.util.Locale;

/** A target's state as the API reports it: up after a healthy check, down after a failed one, unknown before any. */
public enum TargetHealth {
    UP, DOWN, UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TargetHealth of(boolean success) {
        return success ? UP : DOWN;
    }
}
