package io.nexuszero.common.app;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.nexuszero.common.NexusZeroBundle;
import io.nexuszero.common.NexusZeroConfiguration;
import io.nexuszero.common.openapi.OpenApiResource;

/** A minimal service built only from the common bundle, to test the bundle on its own. */
public class TestApplication extends Application<NexusZeroConfiguration> {

    @Override
    public void initialize(Bootstrap<NexusZeroConfiguration> bootstrap) {
        bootstrap.addBundle(new NexusZeroBundle<>("test-service"));
    }

    @Override
    public void run(NexusZeroConfiguration configuration, Environment environment) {
        environment.jersey().register(new ThingsResource());
        OpenApiResource.register(environment, "test-service", "The common bundle on its own");
    }
}
