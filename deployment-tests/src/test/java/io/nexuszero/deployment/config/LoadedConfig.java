package io.nexuszero.deployment.config;

import io.dropwizard.core.Configuration;

/** A service configuration loaded into its real class, with the ports its server listens on. */
public record LoadedConfig(Configuration configuration, int appPort, int adminPort) {
}
