package io.nexuszero.monitor;

import io.nexuszero.common.NexusZeroConfiguration;

/** monitor-service settings (config.yml); shared settings come from {@link NexusZeroConfiguration}. */
public class MonitorConfiguration extends NexusZeroConfiguration {
}
