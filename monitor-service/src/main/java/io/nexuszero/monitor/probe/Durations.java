package io.nexuszero.monitor.probe;

import java.time.Duration;

/** Short human durations for reasons and pages: "250ms", "2s", "90s", "5m", "1h". */
public final class Durations {

    private Durations() {
    }

    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 != 0) {
            return millis + "ms";
        }
        long seconds = millis / 1000;
        if (seconds < 60 || seconds % 60 != 0) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 60 || minutes % 60 != 0) {
            return minutes + "m";
        }
        return minutes / 60 + "h";
    }
}
