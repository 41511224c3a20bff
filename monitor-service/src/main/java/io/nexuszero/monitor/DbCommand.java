package io.nexuszero.monitor;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.nexuszero.monitor.db.Database;
import io.nexuszero.monitor.db.SchemaMigrations;
import java.io.PrintStream;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * {@code java -jar monitor-service.jar db migrate|info|validate config.yml}: the operator's handle on the schema of
 * the database in {@code dataDirectory}. The server migrates at start too; {@code db migrate} lets an operator do it
 * ahead of a rollout (with the service stopped: H2 files are opened by one process at a time) and see what ran.
 */
public class DbCommand extends ConfiguredCommand<MonitorConfiguration> {

    private final PrintStream out;

    public DbCommand() {
        this(System.out);
    }

    DbCommand(PrintStream out) {
        super("db", "Database schema: migrate (apply pending migrations), info (applied and pending), validate "
                + "(checksums of applied migrations)");
        this.out = out;
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("action").choices("migrate", "info", "validate")
                .help("migrate: apply pending migrations; info: list them; validate: check applied checksums");
        super.configure(subparser);
    }

    @Override
    protected void run(Bootstrap<MonitorConfiguration> bootstrap, Namespace namespace,
                       MonitorConfiguration configuration) {
        Database database = Database.connect(configuration.dataPath());
        try {
            switch (namespace.getString("action")) {
                case "migrate" -> {
                    MigrateResult result = SchemaMigrations.migrate(database.dataSource());
                    out.printf("Applied %d migration(s) to %s; schema version now %s%n", result.migrationsExecuted,
                            database.file(), result.targetSchemaVersion == null ? result.initialSchemaVersion
                                    : result.targetSchemaVersion);
                }
                case "info" -> {
                    SchemaMigrations.awaitingAdoption(database.dataSource()).ifPresent(version -> out.printf(
                            "Created before Flyway at schema_version %d: db migrate (or the next start) adopts it as "
                                    + "baseline %d, keeping its data%n", version, version));
                    for (MigrationInfo info : SchemaMigrations.info(database.dataSource())) {
                        out.printf("%-8s %-10s %-9s %s%n", info.getVersion(), info.getState().getDisplayName(),
                                info.getType(), info.getDescription());
                    }
                }
                case "validate" -> {
                    SchemaMigrations.validate(database.dataSource());
                    out.printf("Applied migrations of %s match this build's scripts%n", database.file());
                }
                default -> throw new IllegalArgumentException("unknown action");
            }
        } finally {
            database.stop();
        }
    }
}
