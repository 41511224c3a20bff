package io.nexuszero.monitor.health;

import com.codahale.metrics.health.HealthCheck;
import io.nexuszero.monitor.db.Database;

/** Healthy while the embedded database answers a query. */
public class DatabaseHealthCheck extends HealthCheck {

    private final Database database;

    public DatabaseHealthCheck(Database database) {
        this.database = database;
    }

    @Override
    protected Result check() {
        return database.isReachable()
                ? Result.healthy("database %s answers", database.file().getFileName())
                : Result.unhealthy("database %s does not answer", database.file().getFileName());
    }
}
