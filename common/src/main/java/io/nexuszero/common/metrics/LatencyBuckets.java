package io.nexuszero.common.metrics;

import java.time.Duration;
import java.util.Arrays;

/**
 * The histogram bucket ladders every service slices its timers from, so the same {@code le} value means the same
 * bound on every dashboard. Two ladders because two kinds of work are timed: in-process computation (tens of
 * microseconds up) and work that crosses a network or serves a request (a millisecond up).
 */
public enum LatencyBuckets {

    /** In-process work: proofs, verifications, model inference. */
    IN_PROCESS(Duration.ofNanos(50_000), Duration.ofNanos(100_000), Duration.ofNanos(250_000), Duration.ofNanos(500_000),
            Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5)),

    /** HTTP requests and probes: served requests, checks of other services. */
    REQUEST(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30));

    private final Duration[] ladder;

    LatencyBuckets(Duration... ladder) {
        this.ladder = ladder;
    }

    /** Every bound of the ladder. */
    public Duration[] all() {
        return ladder.clone();
    }

    /** The bounds from {@code lowest} to {@code highest}, both included; each must be a rung of the ladder. */
    public Duration[] between(Duration lowest, Duration highest) {
        int from = indexOf(lowest);
        int to = indexOf(highest);
        if (from > to) {
            throw new IllegalArgumentException(lowest + " is above " + highest);
        }
        return Arrays.copyOfRange(ladder, from, to + 1);
    }

    /** The bounds up to {@code highest}, included. */
    public Duration[] upTo(Duration highest) {
        return between(ladder[0], highest);
    }

    private int indexOf(Duration bound) {
        for (int i = 0; i < ladder.length; i++) {
            if (ladder[i].equals(bound)) {
                return i;
            }
        }
        throw new IllegalArgumentException(bound + " is not a bound of the " + name() + " ladder");
    }
}
