package io.nexuszero.monitor;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.nexuszero.common.NexusZeroBundle;

public class MonitorApplication extends Application<MonitorConfiguration> {

    public static final String SERVICE_NAME = "monitor-service";

    private final NexusZeroBundle<MonitorConfiguration> nexusZero = new NexusZeroBundle<>(SERVICE_NAME);

    public static void main(String[] args) throws Exception {
        new MonitorApplication().run(args);
    }

    @Override
    public String getName() {
        return SERVICE_NAME;
    }

    @Override
    public void initialize(Bootstrap<MonitorConfiguration> bootstrap) {
        bootstrap.addBundle(nexusZero);
    }

    @Override
    public void run(MonitorConfiguration configuration, Environment environment) {
        // The service's resources and health checks are registered here.
    }
}
