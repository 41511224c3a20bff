package io.nexuszero.monitor.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.pattern.ValidatePattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema, versioned by Flyway from {@code io/nexuszero/monitor/db/migration/V<n>__<what>.sql}. Flyway records
 * every applied script with its checksum in {@code flyway_schema_history} and refuses to run against a database
 * whose applied scripts were changed, or that a newer build migrated further (nothing is ignored).
 *
 * <p>Databases created before Flyway recorded their version in {@code schema_version}; those are adopted once, by
 * a Flyway baseline at the version they hold, and keep their data.
 */
public final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    static final String LOCATION = "classpath:io/nexuszero/monitor/db/migration";
    /** Where the pre-Flyway {@code Migrations} class kept the version; it only ever reached version 1. */
    static final String LEGACY_TABLE = "SCHEMA_VERSION";
    static final int LEGACY_LATEST = 1;

    private SchemaMigrations() {
    }

    /** Flyway for this database; {@code baselineVersion} is used only when adopting a pre-Flyway database. */
    static Flyway flyway(DataSource dataSource, int baselineVersion) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                // Nothing ignored: a migration applied by a newer build fails validation instead of being skipped.
                .ignoreMigrationPatterns(new ValidatePattern[0])
                .cleanDisabled(true)
                .baselineVersion(Integer.toString(baselineVersion))
                .baselineDescription("adopted from the pre-Flyway schema_version " + baselineVersion)
                .loggers("slf4j")
                .load();
    }

    /** Validates what was applied (checksums), adopts a pre-Flyway database, then applies pending migrations. */
    public static MigrateResult migrate(DataSource dataSource) {
        adoptLegacySchema(dataSource);
        try {
            return flyway(dataSource, LEGACY_LATEST).migrate();
        } catch (FlywayException e) {
            throw new StorageException("migrating the database schema", e);
        }
    }

    /** The version of a pre-Flyway database that the next migration will adopt (baseline); empty when none. */
    public static OptionalInt awaitingAdoption(DataSource dataSource) {
        Integer legacyVersion = legacyVersion(dataSource);
        return legacyVersion == null ? OptionalInt.empty() : OptionalInt.of(legacyVersion);
    }

    /** The applied and pending migrations, for {@code db info}. */
    public static MigrationInfo[] info(DataSource dataSource) {
        return flyway(dataSource, LEGACY_LATEST).info().all();
    }

    /** Checks applied migrations against this build's scripts without changing anything, for {@code db validate}. */
    public static void validate(DataSource dataSource) {
        try {
            flyway(dataSource, LEGACY_LATEST).validate();
        } catch (FlywayException e) {
            throw new StorageException("validating the database schema", e);
        }
    }

    /**
     * A database made by the pre-Flyway code has {@code schema_version} and no Flyway history: baseline it at the
     * version it holds, so Flyway applies only what came later. Version 0 (its first migration was interrupted) is
     * baselined at 0, so the re-runnable V1 completes it.
     */
    private static void adoptLegacySchema(DataSource dataSource) {
        Integer legacyVersion = legacyVersion(dataSource);
        if (legacyVersion == null) {
            return;
        }
        if (legacyVersion > LEGACY_LATEST) {
            throw new StorageException("the database has schema_version " + legacyVersion
                    + ", newer than this build knows (" + LEGACY_LATEST + "); refusing to touch it");
        }
        flyway(dataSource, legacyVersion).baseline();
        LOG.info("Adopted a database from before Flyway at schema version {}", legacyVersion);
    }

    /** The pre-Flyway version, or null when there is none to adopt (new database, or already under Flyway). */
    private static Integer legacyVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (hasTable(connection, "flyway_schema_history") || !hasTable(connection, LEGACY_TABLE)) {
                return null;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new StorageException("reading the pre-Flyway schema version", e);
        }
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(null, "PUBLIC", name, null)) {
            return tables.next();
        }
    }
}
