package io.nexuszero.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import io.nexuszero.monitor.support.LegacyDatabase;
import io.nexuszero.monitor.support.TestConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db migrate|info|validate config.yml} through Dropwizard's command line, on a real database file. */
class DbCommandTest {

    @TempDir
    Path workDirectory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void migrateThenInfoThenValidate() throws Exception {
        String config = TestConfig.in(workDirectory.resolve("data")).write();

        assertThat(run("db", "migrate", config)).isEmpty();
        assertThat(output()).contains("Applied 1 migration(s)", "schema version now 1");

        assertThat(run("db", "info", config)).isEmpty();
        assertThat(output()).containsPattern("1\\s+Success\\s+SQL\\s+check results rollups target state incidents");

        assertThat(run("db", "migrate", config)).isEmpty();
        assertThat(output()).contains("Applied 0 migration(s)");

        assertThat(run("db", "validate", config)).isEmpty();
        assertThat(output()).contains("match this build's scripts");
    }

    @Test
    void infoNamesAPreFlywayDatabaseAndMigrateAdoptsIt() throws Exception {
        Path data = workDirectory.resolve("data");
        LegacyDatabase.copyTo(data);
        String config = TestConfig.in(data).write();

        assertThat(run("db", "info", config)).isEmpty();
        assertThat(output()).contains("Created before Flyway at schema_version 1");

        assertThat(run("db", "migrate", config)).isEmpty();
        assertThat(output()).contains("Applied 0 migration(s)", "schema version now 1");

        assertThat(run("db", "info", config)).isEmpty();
        assertThat(output()).doesNotContain("Created before Flyway")
                .containsPattern("1\\s+Baseline\\s+BASELINE\\s+adopted from the pre-Flyway schema_version 1");
    }

    @Test
    void anUnknownActionIsRefusedByTheParser() throws Exception {
        String config = TestConfig.in(workDirectory.resolve("data")).write();
        assertThat(run("db", "drop", config)).isPresent();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("invalid choice: 'drop'");
    }

    private Optional<Throwable> run(String... args) throws Exception {
        out.reset();
        Bootstrap<MonitorConfiguration> bootstrap = new Bootstrap<>(new MonitorApplication());
        bootstrap.addCommand(new DbCommand(new PrintStream(out, true, StandardCharsets.UTF_8)));
        return new Cli(new JarLocation(getClass()), bootstrap, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
