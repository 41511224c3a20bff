package io.nexuszero.deployment.config;

import io.dropwizard.core.Configuration;

/** A service configuration loaded into its real class, with the ports its server listens on. */
public record LoadedConfig(Configuration configuration, int appPort, int adminPort, String adminContextPath) {

    /** An admin endpoint's path as the server serves it (under the configured admin context path). */
    public String adminPath(String endpoint) {
        String prefix = adminContextPath.endsWith("/") ? adminContextPath.substring(0, adminContextPath.length() - 1) : adminContextPath;
        return prefix + endpoint;
    }
}
