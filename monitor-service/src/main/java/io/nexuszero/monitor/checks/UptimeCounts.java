package io.nexuszero.monitor.checks;

/**
 * Checks in a window and how many of them succeeded. Uptime is count-based: the share of successful checks,
 * not time-weighted (each check stands for one interval of its target, so with a fixed interval both agree).
 */
public record UptimeCounts(long total, long successes) {

    public static final UptimeCounts NONE = new UptimeCounts(0, 0);

    public UptimeCounts plus(UptimeCounts other) {
        return new UptimeCounts(total + other.total, successes + other.successes);
    }

    /** Percentage 0..100, unrounded; null when the window holds no check. */
    public Double percent() {
        return total == 0 ? null : successes * 100.0 / total;
    }
}
