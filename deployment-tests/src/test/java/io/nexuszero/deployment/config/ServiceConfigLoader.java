package io.nexuszero.deployment.config;

import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.core.server.SimpleServerFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.jersey.validation.Validators;
import io.nexuszero.deployment.support.NexusZeroService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;

/**
 * Loads a config.yml text the way the service does at startup: Dropwizard's environment-variable
 * substitution (here from a given map: a Deployment's or a compose service's environment, not this
 * JVM's), Jackson with Dropwizard's subtype discovery (so the custom {@code loki} appender binds), and
 * bean validation — into the service's real Configuration class.
 */
public final class ServiceConfigLoader {

    private ServiceConfigLoader() {
    }

    public static Class<? extends Configuration> configurationClass(NexusZeroService service) {
        try {
            return Class.forName(service.configurationClass()).asSubclass(Configuration.class);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(service.name() + ": configuration class " + service.configurationClass()
                    + " is not on the classpath (is the module built?)", e);
        }
    }

    public static LoadedConfig load(NexusZeroService service, String yaml, Map<String, String> environment)
            throws Exception {
        Class<? extends Configuration> type = configurationClass(service);
        YamlConfigurationFactory<? extends Configuration> factory =
                new YamlConfigurationFactory<>(type, Validators.newValidator(), Jackson.newObjectMapper(), "dw");
        StringSubstitutor substitutor = new StringSubstitutor(environment::get);
        // Like EnvironmentVariableSubstitutor(strict): a ${VAR} with no default and no value is an error.
        substitutor.setEnableUndefinedVariableException(true);
        ConfigurationSourceProvider source = new SubstitutingSourceProvider(
                path -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), substitutor);
        Configuration configuration = factory.build(source, service.configFile());
        return new LoadedConfig(configuration,
                port(service, configuration.getServerFactory(), true),
                port(service, configuration.getServerFactory(), false),
                ((DefaultServerFactory) configuration.getServerFactory()).getAdminContextPath());
    }

    private static int port(NexusZeroService service, ServerFactory server, boolean application) {
        if (server instanceof DefaultServerFactory dflt) {
            List<ConnectorFactory> connectors = application
                    ? dflt.getApplicationConnectors() : dflt.getAdminConnectors();
            if (connectors.size() != 1 || !(connectors.get(0) instanceof HttpConnectorFactory http)) {
                throw new AssertionError(service.name() + ": expected exactly one http "
                        + (application ? "application" : "admin") + " connector, found " + connectors);
            }
            return http.getPort();
        }
        if (server instanceof SimpleServerFactory) {
            throw new AssertionError(service.name() + ": a 'simple' server puts admin and application on one port;"
                    + " the deployment needs separate ports (the admin port is never exposed)");
        }
        throw new AssertionError(service.name() + ": unknown server factory " + server.getClass());
    }
}
