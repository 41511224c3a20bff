package io.nexuszero.deployment.openapi;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.nexuszero.deployment.support.NexusZeroService;
import io.nexuszero.deployment.support.Repo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * A service on random loopback ports with its own config.yml, for the clients generated from docs/openapi/ (see the
 * openapi-generator executions in deployment-tests/pom.xml).
 */
final class ClientTestApps {

    private ClientTestApps() {
    }

    static <C extends io.dropwizard.core.Configuration> DropwizardAppExtension<C> app(
            Class<? extends io.dropwizard.core.Application<C>> application, NexusZeroService service,
            ConfigOverride... extra) {
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("server.applicationConnectors[0].bindHost", "127.0.0.1"),
                ConfigOverride.config("server.adminConnectors[0].bindHost", "127.0.0.1"),
                ConfigOverride.config("dataDirectory", dataDirectory(service).toString()),
                ConfigOverride.config("logging.level", "WARN")));
        overrides.addAll(List.of(extra));
        return new DropwizardAppExtension<>(application, Repo.path(service.configFile()).toString(),
                overrides.toArray(ConfigOverride[]::new));
    }

    /** Where a generated client reaches the running app: the document's server is "/", the app's root. */
    static String baseUri(DropwizardAppExtension<?> app) {
        return "http://127.0.0.1:" + app.getLocalPort();
    }

    private static java.nio.file.Path dataDirectory(NexusZeroService service) {
        try {
            return Files.createTempDirectory("generated-client-" + service.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
