package io.nexuszero.common.health;

import com.codahale.metrics.health.HealthCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Healthy while the service can create and delete a file in its data directory. */
public class DataDirectoryHealthCheck extends HealthCheck {

    private final Path directory;

    public DataDirectoryHealthCheck(Path directory) {
        this.directory = directory;
    }

    @Override
    protected Result check() {
        try {
            Files.createDirectories(directory);
            Path probe = Files.createTempFile(directory, ".health", ".tmp");
            Files.delete(probe);
            return Result.healthy("data directory %s is writable", directory.toAbsolutePath());
        } catch (IOException | SecurityException e) {
            return Result.unhealthy("data directory %s is not writable: %s", directory.toAbsolutePath(),
                    e.getClass().getSimpleName());
        }
    }
}
