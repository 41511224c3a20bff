package io.nexuszero.monitor.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexuszero.monitor.support.LegacyDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway on the monitor's H2 file: a fresh database, a tampered history, and one made before Flyway. */
class SchemaMigrationsTest {

    @TempDir
    Path data;

    @Test
    void aFreshDatabaseGetsEveryMigrationRecordedWithItsChecksum() throws SQLException {
        Database database = Database.open(data);
        try {
            List<String> history = query(database, "SELECT \"version\" || ' ' || \"type\" || ' ' || \"success\" "
                    + "|| ' ' || (\"checksum\" IS NOT NULL) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"
                    + " ORDER BY \"installed_rank\"");
            assertThat(history).containsExactly("1 SQL TRUE TRUE");
            assertThat(query(database, "SELECT rolled_up_before FROM rollup_watermark")).containsExactly("0");
            assertThat(query(database, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'PUBLIC'"
                    + " AND table_name IN ('CHECK_RESULT', 'CHECK_ROLLUP', 'TARGET_STATE', 'INCIDENT')"))
                    .containsExactly("4");
        } finally {
            database.stop();
        }
        // Opening again applies nothing (Flyway's own row for creating its history table has no version).
        Database again = Database.open(data);
        try {
            assertThat(query(again, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")).containsExactly("1");
        } finally {
            again.stop();
        }
    }

    @Test
    void aTamperedAppliedMigrationIsRefused() throws SQLException {
        Database database = Database.open(data);
        try {
            // What an edited V1 script looks like to Flyway: the applied checksum no longer matches the script's.
            execute(database, "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'");
        } finally {
            database.stop();
        }
        assertThatThrownBy(() -> Database.open(data))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("migrating the database schema")
                .hasMessageContaining("checksum mismatch for migration version 1");
        Database unmigrated = Database.connect(data);
        try {
            assertThatThrownBy(() -> SchemaMigrations.validate(unmigrated.dataSource()))
                    .hasMessageContaining("checksum mismatch");
        } finally {
            unmigrated.stop();
        }
    }

    @Test
    void aMigrationFromANewerBuildIsRefused() throws SQLException {
        Database database = Database.open(data);
        try {
            execute(database, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (2, '2', 'from a newer build', 'SQL', 'V2__from_a_newer_build.sql', 1, 'sa', 1, TRUE)");
        } finally {
            database.stop();
        }
        assertThatThrownBy(() -> Database.open(data))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("not resolved locally");
    }

    @Test
    void aDatabaseFromBeforeFlywayIsAdoptedWithItsData() throws Exception {
        LegacyDatabase.copyTo(data);
        Database database = Database.open(data);
        try {
            assertThat(query(database, "SELECT \"version\" || ' ' || \"type\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL"))
                    .containsExactly("1 BASELINE");
            assertThat(query(database, "SELECT target || ' ' || success FROM check_result ORDER BY checked_at"))
                    .containsExactly("api TRUE", "api FALSE", "api TRUE");
            assertThat(query(database, "SELECT target || ' ' || health FROM target_state")).containsExactly("api UP");
            assertThat(query(database, "SELECT alertname || ' ' || state FROM incident"))
                    .containsExactly("CryptoServiceDown OPEN");
            // New rows continue the identity sequences of the old tables.
            execute(database, "INSERT INTO check_result (target, checked_at, success, latency_ms, reason) "
                    + "VALUES ('api', 1, TRUE, 1, 'ok')");
            assertThat(query(database, "SELECT MAX(id) FROM check_result")).containsExactly("4");
        } finally {
            database.stop();
        }
    }

    @Test
    void aPreFlywayDatabaseNewerThanItsLastVersionIsRefused() throws Exception {
        LegacyDatabase.copyTo(data);
        Database legacy = Database.connect(data);
        try {
            execute(legacy, "INSERT INTO schema_version (version, description, applied_at) "
                    + "VALUES (2, 'never released', CURRENT_TIMESTAMP)");
        } finally {
            legacy.stop();
        }
        assertThatThrownBy(() -> Database.open(data))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("schema_version 2, newer than this build knows (1)");
    }

    static List<String> query(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
