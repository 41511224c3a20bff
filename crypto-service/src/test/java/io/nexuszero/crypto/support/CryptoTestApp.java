package io.nexuszero.crypto.support;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.nexuszero.crypto.CryptoApplication;
import io.nexuszero.crypto.CryptoConfiguration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** A real crypto-service (config.yml, random ports, its own data directory) for end-to-end tests. */
public final class CryptoTestApp {

    /** A fixed test master secret (base64url of 32 bytes 0x01..0x20). */
    public static final String MASTER_SECRET;

    static {
        byte[] secret = new byte[32];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) (i + 1);
        }
        MASTER_SECRET = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private CryptoTestApp() {
    }

    public static Path freshDataDirectory() {
        return Path.of("target", "test-data", UUID.randomUUID().toString());
    }

    public static DropwizardAppExtension<CryptoConfiguration> app(String masterSecret, String apiTokens,
                                                                 ConfigOverride... extra) {
        return new DropwizardAppExtension<>(CryptoApplication.class, "config.yml", overrides(freshDataDirectory(),
                masterSecret, apiTokens, extra));
    }

    /** Overrides for a test app; without tokens in development mode (open), as bin/nexuszero-dev runs it. */
    public static ConfigOverride[] overrides(Path dataDirectory, String masterSecret, String apiTokens,
                                             ConfigOverride... extra) {
        return overrides(dataDirectory, masterSecret, apiTokens, apiTokens.isBlank() ? "dev" : "", extra);
    }

    /**
     * Overrides with an explicit NEXUSZERO_ENV (DropwizardTestSupport keeps overrides in a set, so the same key must
     * never be overridden twice).
     */
    public static ConfigOverride[] overrides(Path dataDirectory, String masterSecret, String apiTokens,
                                             String environment, ConfigOverride... extra) {
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("server.applicationConnectors[0].bindHost", "127.0.0.1"),
                ConfigOverride.config("server.adminConnectors[0].bindHost", "127.0.0.1"),
                ConfigOverride.config("dataDirectory", dataDirectory.toString()),
                ConfigOverride.config("masterSecret", masterSecret),
                ConfigOverride.config("apiTokens", apiTokens),
                ConfigOverride.config("environment", environment),
                ConfigOverride.config("logging.level", "WARN")));
        overrides.addAll(List.of(extra));
        return overrides.toArray(ConfigOverride[]::new);
    }
}
