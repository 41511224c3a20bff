package io.nexuszero.crypto;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.nexuszero.common.NexusZeroBundle;

public class CryptoApplication extends Application<CryptoConfiguration> {

    public static final String SERVICE_NAME = "crypto-service";

    private final NexusZeroBundle<CryptoConfiguration> nexusZero = new NexusZeroBundle<>(SERVICE_NAME);

    public static void main(String[] args) throws Exception {
        new CryptoApplication().run(args);
    }

    @Override
    public String getName() {
        return SERVICE_NAME;
    }

    @Override
    public void initialize(Bootstrap<CryptoConfiguration> bootstrap) {
        bootstrap.addBundle(nexusZero);
    }

    @Override
    public void run(CryptoConfiguration configuration, Environment environment) {
        // The service's resources and health checks are registered here.
    }
}
