package io.nexuszero.deployment.support;

import java.util.List;

/**
 * The three services as the deployment files must know them: name (compose service, Kubernetes
 * Deployment/Service, image name, Prometheus job) and the Dropwizard configuration class their
 * config.yml binds to.
 */
public record NexusZeroService(String name, String configurationClass, int appPort, int adminPort) {

    public static final NexusZeroService CRYPTO =
            new NexusZeroService("crypto-service", "io.nexuszero.crypto.CryptoConfiguration", 13001, 13101);
    public static final NexusZeroService OPTIMIZER =
            new NexusZeroService("optimizer-service", "io.nexuszero.optimizer.OptimizerConfiguration", 13002, 13102);
    public static final NexusZeroService MONITOR =
            new NexusZeroService("monitor-service", "io.nexuszero.monitor.MonitorConfiguration", 13003, 13103);

    public static List<NexusZeroService> all() {
        return List.of(CRYPTO, OPTIMIZER, MONITOR);
    }

    /** The image the workflow publishes and Kubernetes runs, without tag. */
    public String imageRepository() {
        return "ghcr.io/nexuszero/" + name;
    }

    public String configFile() {
        return name + "/config.yml";
    }
}
