package io.nexuszero.crypto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexuszero.common.NexusZeroConfiguration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import io.dropwizard.util.Duration;
import com.github.benmanes.caffeine.cache.Ticker;
import io.nexuszero.crypto.auth.ApiTokens;
import io.nexuszero.crypto.core.benchmark.BenchmarkRunner;
import io.nexuszero.crypto.core.keys.KeyCache;
import io.nexuszero.crypto.core.keys.MasterSecret;
import io.nexuszero.crypto.core.keys.MasterSecretLoader;

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

    /**
     * Comma-separated {@code name=token} pairs for the protected endpoints; the name owns the keys created with the
     * token. Empty = none: protected endpoints answer 401, except in development mode.
     */
    private String apiTokens = "";

    /** A file of {@code name=token} lines (e.g. a mounted Kubernetes Secret) instead of {@code apiTokens}. */
    private String apiTokensFile = "";

    /** Comma-separated token names that may use every key (prove, decrypt, sign); empty = none. */
    private String apiAdmins = "";

    /** The deployment environment (NEXUSZERO_ENV); exactly "dev" is development mode. */
    private String environment = "";

    /** How many expanded key pairs stay in memory at most; derivation is deterministic, so this is only a cache. */
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

    @JsonProperty
    public String getApiTokensFile() {
        return apiTokensFile;
    }

    @JsonProperty
    public void setApiTokensFile(String apiTokensFile) {
        this.apiTokensFile = apiTokensFile == null ? "" : apiTokensFile;
    }

    @JsonProperty
    public String getApiAdmins() {
        return apiAdmins;
    }

    @JsonProperty
    public void setApiAdmins(String apiAdmins) {
        this.apiAdmins = apiAdmins == null ? "" : apiAdmins;
    }

    @JsonProperty
    public String getEnvironment() {
        return environment;
    }

    @JsonProperty
    public void setEnvironment(String environment) {
        this.environment = environment == null ? "" : environment.trim();
    }

    /**
     * Development mode (NEXUSZERO_ENV=dev, set by bin/nexuszero-dev and the compose file): without tokens the
     * protected endpoints are open. Anything else fails closed.
     */
    public boolean isDevelopmentMode() {
        return "dev".equals(environment);
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
    /** An expanded key unused this long is dropped from memory (it holds secret key material). */
    @NotNull
    private Duration keyCacheExpireAfterAccess = Duration.minutes(10);

    /** Warm-up of a benchmark run before it measures: at least this long and this many iterations. */
    static final long BENCHMARK_WARMUP_NANOS = 300_000_000L;
    static final int BENCHMARK_MIN_WARMUP_ITERATIONS = 10;

    @JsonProperty
    public Duration getKeyCacheExpireAfterAccess() {
        return keyCacheExpireAfterAccess;
    }

    @JsonProperty
    public void setKeyCacheExpireAfterAccess(Duration keyCacheExpireAfterAccess) {
        this.keyCacheExpireAfterAccess = keyCacheExpireAfterAccess;
    }

    /** Refuses a configuration that asks for production and development mode at once. */
    public void checkModes() {
        if (isProduction() && isDevelopmentMode()) {
            throw new IllegalStateException("production is true (NEXUSZERO_PRODUCTION) but NEXUSZERO_ENV is dev "
                    + "(development mode opens the API when no tokens are set); use one or the other");
        }
    }

    public ApiTokens buildApiTokens() {
        return ApiTokens.load(getApiTokens(), getApiTokensFile(), getApiAdmins());
    }

    /**
     * The master secret; fails startup (with a message naming the setting) in production mode without one, or
     * without API tokens, in which case the loaded secret is destroyed first.
     */
    public MasterSecret buildMasterSecret(ApiTokens tokens) {
        MasterSecret masterSecret = MasterSecretLoader.load(getMasterSecret(), getMasterSecretFile(), isProduction(),
                dataPath());
        if (isProduction() && tokens.none()) {
            masterSecret.destroy();
            throw new IllegalStateException("production is true (NEXUSZERO_PRODUCTION) but no API tokens are "
                    + "configured: set apiTokens (NEXUSZERO_API_TOKENS) to name=token pairs or apiTokensFile "
                    + "(NEXUSZERO_API_TOKENS_FILE) to a file of name=token lines");
        }
        return masterSecret;
    }

    public KeyCache buildKeyCache() {
        return new KeyCache(keyCacheSize, keyCacheExpireAfterAccess.toJavaDuration(), Ticker.systemTicker());
    }

    public BenchmarkRunner buildBenchmarkRunner() {
        return new BenchmarkRunner(BENCHMARK_WARMUP_NANOS, BENCHMARK_MIN_WARMUP_ITERATIONS,
                benchmarkTimeBudget.toNanoseconds());
    }
}
