package io.nexuszero.monitor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexuszero.monitor.db.Database;
import io.nexuszero.monitor.probe.CheckResult;
import io.nexuszero.monitor.support.ScriptedHistory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uptime over a scripted history, exact: the share of successful checks in each window ending at "now",
 * before and after old results are rolled up into hourly counts.
 */
class UptimeTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:30:00Z");

    @TempDir
    Path dataDirectory;
    Database database;
    CheckStore store;

    @BeforeEach
    void scriptHistory() {
        database = Database.open(dataDirectory);
        store = new CheckStore(database);
        ScriptedHistory.write(store, "api", NOW);
        // Another target with one failure two days ago.
        check("db", Duration.ofDays(2), false);
    }

    @AfterEach
    void close() {
        database.stop();
    }

    @Test
    void uptimeIsTheExactShareOfSuccessfulChecksPerWindow() {
        assertExactHistory();
        Map<UptimeWindow, UptimeCounts> db = store.uptime(NOW).get("db");
        assertThat(db.get(UptimeWindow.HOUR).percent()).as("no check in the last hour").isNull();
        assertThat(db.get(UptimeWindow.DAY).percent()).isNull();
        assertThat(db.get(UptimeWindow.WEEK).percent()).isEqualTo(0.0);
        assertThat(db.get(UptimeWindow.MONTH)).isEqualTo(new UptimeCounts(1, 0));
        assertThat(store.uptime(NOW)).doesNotContainKey("never-checked");
    }

    @Test
    void thirtyDayUptimeStaysExactAfterOldResultsAreRolledUp() {
        CheckStore.RollupOutcome outcome = store.rollUp(NOW, Duration.ofDays(7), Duration.ofDays(30));
        assertThat(outcome.rawRowsRolledUp()).isEqualTo(22);
        assertThat(outcome.rollupsPruned()).as("the 31- and 40-day-old hours").isEqualTo(2);
        assertThat(outcome.rawKeptFrom()).isEqualTo(Instant.parse("2026-03-03T12:00:00Z"));
        assertThat(store.recent("api", null, 1000)).hasSize(20);

        assertExactHistory();

        CheckStore.RollupOutcome again = store.rollUp(NOW, Duration.ofDays(7), Duration.ofDays(30));
        assertThat(again.rawRowsRolledUp()).isZero();
        assertExactHistory();
    }

    @Test
    void shortRawRetentionKeepsWindowsExactToTheHour() {
        store.rollUp(NOW, Duration.ofHours(1), Duration.ofDays(30));
        assertThat(store.recent("api", null, 1000)).as("raw results from 11:00 on").hasSize(5);
        assertExactHistory();
    }

    @Test
    void historyAndUptimeSurviveReopeningTheDatabase() {
        store.rollUp(NOW, Duration.ofDays(7), Duration.ofDays(30));
        database.stop();
        database = Database.open(dataDirectory);
        store = new CheckStore(database);
        assertExactHistory();
        assertThat(store.recent("api", NOW.minus(Duration.ofMinutes(30)), 10)).extracting(CheckResult::checkedAt)
                .containsExactly(NOW.minus(Duration.ofMinutes(1)), NOW.minus(Duration.ofMinutes(20)));
    }

    private void assertExactHistory() {
        Map<UptimeWindow, UptimeCounts> api = store.uptime(NOW).get("api");
        assertThat(api.get(UptimeWindow.HOUR)).isEqualTo(new UptimeCounts(4, 3));
        assertThat(api.get(UptimeWindow.HOUR).percent()).isEqualTo(75.0);
        assertThat(api.get(UptimeWindow.DAY)).isEqualTo(new UptimeCounts(10, 9));
        assertThat(api.get(UptimeWindow.DAY).percent()).isEqualTo(90.0);
        assertThat(api.get(UptimeWindow.WEEK)).isEqualTo(new UptimeCounts(20, 14));
        assertThat(api.get(UptimeWindow.WEEK).percent()).isEqualTo(70.0);
        assertThat(api.get(UptimeWindow.MONTH)).isEqualTo(new UptimeCounts(40, 34));
        assertThat(api.get(UptimeWindow.MONTH).percent()).isEqualTo(85.0);
    }

    private void check(String target, Duration ago, boolean success) {
        store.insert(new CheckResult(target, NOW.minus(ago), success, 12, success ? 200 : 503,
                success ? CheckResult.OK : "status 503"));
    }
}
