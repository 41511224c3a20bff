package io.nexuszero.monitor.checks;

import static io.nexuszero.monitor.db.JdbcValues.instant;
import static io.nexuszero.monitor.db.JdbcValues.integer;
import static io.nexuszero.monitor.db.JdbcValues.setInstant;
import static io.nexuszero.monitor.db.JdbcValues.setInteger;

import io.nexuszero.monitor.db.Database;
import io.nexuszero.monitor.probe.CheckResult;
import io.nexuszero.monitor.probe.TargetHealth;
import io.nexuszero.monitor.probe.TargetState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Check results, each target's latest state, and uptime over the standard windows.
 *
 * <p>Raw results older than the raw retention are rolled up into per-target hourly counts
 * ({@code check_rollup}); {@code rollup_watermark} records the hour boundary below which only roll-ups exist.
 * An uptime window is answered from raw rows from {@code max(windowStart, watermark)} on, plus the hourly
 * roll-ups that start at or after the window start and before the watermark. Windows that start after the
 * watermark (every window no longer than the raw retention) are therefore exact to the check; longer ones
 * are exact to the hour.
 */
public class CheckStore {

    static final long HOUR_MS = Duration.ofHours(1).toMillis();
    private static final int MAX_REASON = 300;
    private static final UptimeWindow[] WINDOWS = UptimeWindow.values();

    private final Database database;

    public CheckStore(Database database) {
        this.database = database;
    }

    /** Stores the result and the target's new state in one transaction. */
    public void record(CheckResult result, TargetState state) {
        database.inTransaction("recording a check of " + result.target(), connection -> {
            insert(connection, result);
            try (PreparedStatement merge = connection.prepareStatement("""
                    MERGE INTO target_state (target, health, since, last_checked_at, latency_ms, http_status, reason)
                    KEY (target) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                merge.setString(1, state.target());
                merge.setString(2, state.health().name());
                setInstant(merge, 3, state.since());
                setInstant(merge, 4, state.lastCheckedAt());
                if (state.latencyMs() == null) {
                    merge.setNull(5, Types.BIGINT);
                } else {
                    merge.setLong(5, state.latencyMs());
                }
                setInteger(merge, 6, state.httpStatus());
                merge.setString(7, truncate(state.reason()));
                merge.executeUpdate();
            }
            return null;
        });
    }

    /** Stores a result without touching target state; for importing or scripting a history. */
    public void insert(CheckResult result) {
        database.inTransaction("inserting a check of " + result.target(), connection -> {
            insert(connection, result);
            return null;
        });
    }

    private static void insert(Connection connection, CheckResult result) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO check_result (target, checked_at, success, latency_ms, http_status, reason)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, result.target());
            insert.setLong(2, result.checkedAt().toEpochMilli());
            insert.setBoolean(3, result.success());
            insert.setLong(4, result.latencyMs());
            setInteger(insert, 5, result.httpStatus());
            insert.setString(6, truncate(result.reason()));
            insert.executeUpdate();
        }
    }

    /** The persisted state of every target that has ever been checked. */
    public Map<String, TargetState> states() {
        return database.read("reading target states", connection -> {
            Map<String, TargetState> states = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT target, health, since, last_checked_at, latency_ms, http_status, reason FROM target_state");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long latency = rs.getLong(5);
                    Long latencyMs = rs.wasNull() ? null : latency;
                    states.put(rs.getString(1), new TargetState(rs.getString(1), TargetHealth.valueOf(rs.getString(2)),
                            instant(rs, 3), instant(rs, 4), latencyMs, integer(rs, 6), rs.getString(7)));
                }
            }
            return states;
        });
    }

    /** Results of one target, newest first; {@code since} (inclusive) may be null. */
    public List<CheckResult> recent(String target, Instant since, int limit) {
        return database.read("reading checks of " + target, connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT checked_at, success, latency_ms, http_status, reason FROM check_result
                    WHERE target = ? AND checked_at >= ? ORDER BY checked_at DESC, id DESC LIMIT ?""")) {
                query.setString(1, target);
                query.setLong(2, since == null ? Long.MIN_VALUE : since.toEpochMilli());
                query.setInt(3, limit);
                List<CheckResult> results = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        results.add(new CheckResult(target, Instant.ofEpochMilli(rs.getLong(1)), rs.getBoolean(2),
                                rs.getLong(3), integer(rs, 4), rs.getString(5)));
                    }
                }
                return results;
            }
        });
    }

    /** Uptime counts per target and window, for windows ending at {@code now}. */
    public Map<String, Map<UptimeWindow, UptimeCounts>> uptime(Instant now) {
        return database.read("computing uptime", connection -> {
            long watermark = watermark(connection);
            long end = now.toEpochMilli();
            Map<String, Map<UptimeWindow, UptimeCounts>> uptime = new HashMap<>();
            countRawChecks(connection, end, watermark, uptime);
            countRolledUpHours(connection, end, watermark, uptime);
            return uptime;
        });
    }

    /** Raw rows count from each window's start, or from the watermark where older rows are rolled up. */
    private static void countRawChecks(Connection connection, long end, long watermark,
                                       Map<String, Map<UptimeWindow, UptimeCounts>> uptime) throws SQLException {
        String sql = "SELECT target" + perWindow("COUNT(*) FILTER (WHERE checked_at >= ?)",
                "COUNT(*) FILTER (WHERE checked_at >= ? AND success)")
                + " FROM check_result WHERE checked_at >= ? AND checked_at <= ? GROUP BY target";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            long lowest = bindWindowStarts(query, end, watermark);
            query.setLong(2 * WINDOWS.length + 1, lowest);
            query.setLong(2 * WINDOWS.length + 2, end);
            accumulate(query, uptime);
        }
    }

    /** Hourly roll-ups count from each window's start up to the watermark, where raw rows take over. */
    private static void countRolledUpHours(Connection connection, long end, long watermark,
                                           Map<String, Map<UptimeWindow, UptimeCounts>> uptime) throws SQLException {
        String sql = "SELECT target" + perWindow("COALESCE(SUM(total) FILTER (WHERE hour_start >= ?), 0)",
                "COALESCE(SUM(successes) FILTER (WHERE hour_start >= ?), 0)")
                + " FROM check_rollup WHERE hour_start >= ? AND hour_start < ? GROUP BY target";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            long lowest = bindWindowStarts(query, end, Long.MIN_VALUE);
            query.setLong(2 * WINDOWS.length + 1, lowest);
            query.setLong(2 * WINDOWS.length + 2, watermark);
            accumulate(query, uptime);
        }
    }

    /** ", total, successes" once per window, in {@link #WINDOWS} order. */
    private static String perWindow(String total, String successes) {
        return (", " + total + ", " + successes).repeat(WINDOWS.length);
    }

    /** Binds each window's start (not before {@code notBefore}) twice; returns the earliest start. */
    private static long bindWindowStarts(PreparedStatement query, long end, long notBefore) throws SQLException {
        int p = 1;
        long lowest = Long.MAX_VALUE;
        for (UptimeWindow window : WINDOWS) {
            long from = Math.max(end - window.length().toMillis(), notBefore);
            lowest = Math.min(lowest, from);
            query.setLong(p++, from);
            query.setLong(p++, from);
        }
        return lowest;
    }

    private static void accumulate(PreparedStatement query, Map<String, Map<UptimeWindow, UptimeCounts>> uptime)
            throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Map<UptimeWindow, UptimeCounts> byWindow =
                        uptime.computeIfAbsent(rs.getString(1), t -> new EnumMap<>(UptimeWindow.class));
                for (int i = 0; i < WINDOWS.length; i++) {
                    UptimeCounts counts = new UptimeCounts(rs.getLong(2 + 2 * i), rs.getLong(3 + 2 * i));
                    byWindow.merge(WINDOWS[i], counts, UptimeCounts::plus);
                }
            }
        }
    }

    /**
     * Rolls raw results older than {@code rawRetention} (rounded down to the hour) into hourly counts,
     * deletes them, and drops roll-ups older than {@code rollupRetention}. Idempotent; safe to run any time.
     */
    public RollupOutcome rollUp(Instant now, Duration rawRetention, Duration rollupRetention) {
        long cutoff = floorToHour(now.toEpochMilli() - rawRetention.toMillis());
        long rollupCutoff = floorToHour(now.toEpochMilli() - rollupRetention.toMillis());
        return database.inTransaction("rolling up check results", connection -> {
            long watermark = lockWatermark(connection);
            int rolledUp = 0;
            if (cutoff > watermark) {
                addToHourlyRollups(connection, cutoff);
                rolledUp = deleteRawBefore(connection, cutoff);
                advanceWatermark(connection, cutoff);
                watermark = cutoff;
            }
            int pruned = pruneRollupsBefore(connection, rollupCutoff);
            return new RollupOutcome(rolledUp, pruned, Instant.ofEpochMilli(watermark));
        });
    }

    /** Reads the watermark and locks its row, so two roll-ups cannot count the same rows twice. */
    private static long lockWatermark(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT rolled_up_before FROM rollup_watermark WHERE id = 1 FOR UPDATE");
             ResultSet rs = lock.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Adds the raw rows before the cutoff to their target's hourly counts (merging into existing hours). */
    private static void addToHourlyRollups(Connection connection, long cutoff) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("""
                MERGE INTO check_rollup r
                USING (SELECT target, checked_at - MOD(checked_at, 3600000) AS hour_start, COUNT(*) AS total,
                              SUM(CASE WHEN success THEN 1 ELSE 0 END) AS successes, SUM(latency_ms) AS latency_sum
                       FROM check_result WHERE checked_at < ?
                       GROUP BY target, checked_at - MOD(checked_at, 3600000)) s
                ON r.target = s.target AND r.hour_start = s.hour_start
                WHEN MATCHED THEN UPDATE SET total = r.total + s.total, successes = r.successes + s.successes,
                                             latency_sum_ms = r.latency_sum_ms + s.latency_sum
                WHEN NOT MATCHED THEN INSERT (target, hour_start, total, successes, latency_sum_ms)
                                      VALUES (s.target, s.hour_start, s.total, s.successes, s.latency_sum)""")) {
            merge.setLong(1, cutoff);
            merge.executeUpdate();
        }
    }

    private static int deleteRawBefore(Connection connection, long cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM check_result WHERE checked_at < ?")) {
            delete.setLong(1, cutoff);
            return delete.executeUpdate();
        }
    }

    private static void advanceWatermark(Connection connection, long cutoff) throws SQLException {
        try (PreparedStatement advance = connection.prepareStatement(
                "UPDATE rollup_watermark SET rolled_up_before = ? WHERE id = 1")) {
            advance.setLong(1, cutoff);
            advance.executeUpdate();
        }
    }

    private static int pruneRollupsBefore(Connection connection, long rollupCutoff) throws SQLException {
        try (PreparedStatement prune = connection.prepareStatement("DELETE FROM check_rollup WHERE hour_start < ?")) {
            prune.setLong(1, rollupCutoff);
            return prune.executeUpdate();
        }
    }

    /** What one roll-up run did; {@code rawKeptFrom} is the watermark afterwards. */
    public record RollupOutcome(int rawRowsRolledUp, int rollupsPruned, Instant rawKeptFrom) {
    }

    private static long watermark(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT rolled_up_before FROM rollup_watermark WHERE id = 1");
             ResultSet rs = query.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static long floorToHour(long epochMillis) {
        return Math.floorDiv(epochMillis, HOUR_MS) * HOUR_MS;
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }
}
