package io.nexuszero.crypto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexuszero.common.NexusZeroConfiguration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import io.dropwizard.util.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * crypto-service settings (config.yml); shared settings come from {@link NexusZeroConfiguration}.
 * The master secret and the API tokens are secrets: no getter here renders them in a toString or a log line.
 */
public class CryptoConfiguration extends NexusZeroConfiguration {

    /** true: refuse to start unless a master secret is configured (no generated development secret). */
    private boolean production = false;

    /** The master secret from which every key is derived, base64url (≥ 32 bytes); empty = none. */
    private String masterSecret = "";

    /** A file holding the master secret in base64url (e.g. a mounted Kubernetes Secret); empty = none. */
    private String masterSecretFile = "";

    /** Comma-separated bearer tokens for the protected endpoints; empty = open. */
    private String apiTokens = "";

    /** How many expanded key pairs stay in memory (LRU); derivation is deterministic, so this is only a cache. */
    @Min(1)
    @Max(1_000_000)
    private int keyCacheSize = 1024;

    @JsonProperty
    public boolean isProduction() {
        return production;
    }

    @JsonProperty
    public void setProduction(boolean production) {
        this.production = production;
    }

    @JsonProperty
    public String getMasterSecret() {
        return masterSecret;
    }

    @JsonProperty
    public void setMasterSecret(String masterSecret) {
        this.masterSecret = masterSecret == null ? "" : masterSecret;
    }

    @JsonProperty
    public String getMasterSecretFile() {
        return masterSecretFile;
    }

    @JsonProperty
    public void setMasterSecretFile(String masterSecretFile) {
        this.masterSecretFile = masterSecretFile == null ? "" : masterSecretFile;
    }

    @JsonProperty
    public String getApiTokens() {
        return apiTokens;
    }

    @JsonProperty
    public void setApiTokens(String apiTokens) {
        this.apiTokens = apiTokens == null ? "" : apiTokens;
    }

    /** The configured tokens, trimmed, without empty entries. */
    public List<String> apiTokenList() {
        return Arrays.stream(apiTokens.split(",")).map(String::trim).filter(token -> !token.isEmpty()).toList();
    }

    /** Wall-clock cap on the measuring phase of one benchmark; a slower benchmark reports fewer iterations. */
    @NotNull
    private Duration benchmarkTimeBudget = Duration.seconds(30);

    @JsonProperty
    public Duration getBenchmarkTimeBudget() {
        return benchmarkTimeBudget;
    }

    @JsonProperty
    public void setBenchmarkTimeBudget(Duration benchmarkTimeBudget) {
        this.benchmarkTimeBudget = benchmarkTimeBudget;
    }

    @JsonProperty
    public int getKeyCacheSize() {
        return keyCacheSize;
    }

    @JsonProperty
    public void setKeyCacheSize(int keyCacheSize) {
        this.keyCacheSize = keyCacheSize;
    }
}
