package io.nexuszero.common.info;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

@Path("/v1/info")
@Produces(MediaType.APPLICATION_JSON)
public class InfoResource {

    private final String serviceName;
    private final String version;
    private final Clock clock;
    private final Instant startedAt;

    public InfoResource(String serviceName, Clock clock) {
        this.serviceName = serviceName;
        this.version = buildVersion();
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @GET
    @Operation(operationId = "info", summary = "Service name, build version and uptime", tags = "info")
    public ServiceInfo info() {
        return new ServiceInfo(serviceName, version,
                Duration.between(startedAt, clock.instant()).toSeconds());
    }

    /** The Maven project version, filtered into the common jar at build time. */
    public static String buildVersion() {
        try (InputStream in = InfoResource.class.getResourceAsStream("/nexuszero-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
