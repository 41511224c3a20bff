package io.nexuszero.monitor.db;

import io.dropwizard.lifecycle.Managed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitor's embedded H2 database, one file in the data directory ({@code monitor.mv.db}).
 *
 * <p>Durability: H2's MVStore normally writes committed changes to its file in the background up to one
 * second later (WRITE_DELAY, default 1000 ms), so a {@code kill -9} could lose the last second of commits.
 * With {@code WRITE_DELAY=0} every commit writes its chunk to the file before {@code commit()} returns, so
 * anything committed survives the process being killed (the bytes are in the operating system's page cache).
 * For writes that are acknowledged to a caller (incidents from Alertmanager) {@link #syncToDisk()} also
 * forces the file to the device ({@code CHECKPOINT SYNC}), so they survive a power loss too.
 */
public class Database implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_NAME = "monitor";

    private final JdbcConnectionPool pool;
    private final Path file;

    private Database(JdbcConnectionPool pool, Path file) {
        this.pool = pool;
        this.file = file;
    }

    /** Opens (creating if needed) the database in the directory and brings its schema up to date (Flyway). */
    public static Database open(Path dataDirectory) {
        Database database = connect(dataDirectory);
        try {
            SchemaMigrations.migrate(database.pool);
        } catch (RuntimeException e) {
            database.pool.dispose();
            throw e;
        }
        return database;
    }

    /** Opens (creating if needed) the database without touching its schema: for the {@code db} command. */
    public static Database connect(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new StorageException("creating data directory " + dataDirectory.toAbsolutePath(), e);
        }
        Path file = dataDirectory.toAbsolutePath().resolve(FILE_NAME);
        // DB_CLOSE_ON_EXIT=FALSE: the application closes the database after Jetty has stopped, not a JVM hook.
        String url = "jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        pool.setLoginTimeout(10);
        return new Database(pool, file);
    }

    /** The connection pool, for schema migrations. */
    public DataSource dataSource() {
        return pool;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(String operation, SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException(operation, e);
        }
    }

    /** Runs reads on one consistent snapshot, so several queries see the same data. */
    public <T> T read(String operation, SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw new StorageException(operation, e);
        }
    }

    /** Forces everything committed so far onto the storage device. */
    public void syncToDisk() {
        inTransaction("syncing the database to disk", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
            return null;
        });
    }

    /** True when a trivial query answers within two seconds. */
    public boolean isReachable() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            return statement.executeQuery("SELECT 1").next();
        } catch (SQLException e) {
            return false;
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void stop() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("Closing the database cleanly failed: {}", e.getMessage());
        } finally {
            pool.dispose();
        }
    }
}
