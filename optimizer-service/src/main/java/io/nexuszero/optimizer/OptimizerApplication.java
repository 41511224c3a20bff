package io.nexuszero.optimizer;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.nexuszero.common.NexusZeroBundle;

public class OptimizerApplication extends Application<OptimizerConfiguration> {

    public static final String SERVICE_NAME = "optimizer-service";

    private final NexusZeroBundle<OptimizerConfiguration> nexusZero = new NexusZeroBundle<>(SERVICE_NAME);

    public static void main(String[] args) throws Exception {
        new OptimizerApplication().run(args);
    }

    @Override
    public String getName() {
        return SERVICE_NAME;
    }

    @Override
    public void initialize(Bootstrap<OptimizerConfiguration> bootstrap) {
        bootstrap.addBundle(nexusZero);
    }

    @Override
    public void run(OptimizerConfiguration configuration, Environment environment) {
        // The service's resources and health checks are registered here.
    }
}
