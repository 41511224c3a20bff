package io.nexuszero.crypto;

import io.nexuszero.common.NexusZeroConfiguration;

/** crypto-service settings (config.yml); shared settings come from {@link NexusZeroConfiguration}. */
public class CryptoConfiguration extends NexusZeroConfiguration {
}
