package io.nexuszero.monitor.support;

import io.nexuszero.monitor.checks.CheckStore;
import io.nexuszero.monitor.probe.CheckResult;
import java.time.Duration;
import java.time.Instant;

/**
 * A check history with hand-counted uptime, written through the storage API. Windows end at "now":
 * 1h: 4 checks, 3 healthy (75%); 24h: 10, 9 (90%); 7d: 20, 14 (70%); 30d: 40, 34 (85%); two failures older
 * than 30 days never count.
 */
public final class ScriptedHistory {

    private ScriptedHistory() {
    }

    public static void write(CheckStore store, String target, Instant now) {
        // Last hour: the first check sits exactly on the window's start, which is inclusive.
        check(store, target, now, Duration.ofMinutes(60), true);
        check(store, target, now, Duration.ofMinutes(40), false);
        check(store, target, now, Duration.ofMinutes(20), true);
        check(store, target, now, Duration.ofMinutes(1), true);
        // 1 h .. 24 h: 6 more, all healthy (the first one millisecond outside the 1 h window).
        check(store, target, now, Duration.ofHours(1).plusMillis(1), true);
        for (int hours : new int[] {2, 3, 5, 10, 20}) {
            check(store, target, now, Duration.ofHours(hours), true);
        }
        // 24 h .. 7 d: 10 more, 5 healthy.
        for (int days = 2; days <= 6; days++) {
            check(store, target, now, Duration.ofDays(days), true);
            check(store, target, now, Duration.ofDays(days).plusHours(1), false);
        }
        // 7 d .. 30 d: 20 more, all healthy.
        for (int days = 8; days <= 27; days++) {
            check(store, target, now, Duration.ofDays(days), true);
        }
        // Older than 30 days.
        check(store, target, now, Duration.ofDays(31), false);
        check(store, target, now, Duration.ofDays(40), false);
    }

    private static void check(CheckStore store, String target, Instant now, Duration ago, boolean success) {
        store.insert(new CheckResult(target, now.minus(ago), success, 12, success ? 200 : 503,
                success ? CheckResult.OK : "status 503"));
    }
}
