package io.nexuszero.optimizer;

import io.nexuszero.common.NexusZeroConfiguration;

/** optimizer-service settings (config.yml); shared settings come from {@link NexusZeroConfiguration}. */
public class OptimizerConfiguration extends NexusZeroConfiguration {
}
