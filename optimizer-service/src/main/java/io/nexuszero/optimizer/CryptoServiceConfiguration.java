package io.nexuszero.optimizer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.util.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import io.nexuszero.optimizer.client.CryptoServiceClient;
import io.nexuszero.optimizer.client.CryptoServiceRetry;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Optional;

/** How optimizer-service reaches crypto-service (config.yml {@code cryptoService:}). */
public class CryptoServiceConfiguration {
    @NotEmpty
    @JsonProperty
    private String url = "http://localhost:13001";

    /** Bearer token for POST /v1/benchmarks when crypto-service requires one; never logged. */
    @JsonProperty
    private String apiToken = "";

    @NotNull
    @JsonProperty
    private Duration connectTimeout = Duration.seconds(2);

    @NotNull
    @JsonProperty
    private Duration requestTimeout = Duration.seconds(60);

    @NotNull
    @JsonProperty
    private Duration benchmarkTimeout = Duration.minutes(5);

    @NotNull
    @JsonProperty
    private Duration healthTimeout = Duration.seconds(1);

    @Min(1)
    @Max(20)
    @JsonProperty
    private int maxAttempts = 4;

    @NotNull
    @JsonProperty
    private Duration initialBackoff = Duration.milliseconds(500);

    @NotNull
    @JsonProperty
    private Duration maxBackoff = Duration.seconds(8);

    /** How long, in total, a call waits for a busy (429) benchmark runner before failing. */
    @NotNull
    @JsonProperty
    private Duration maxBusyWait = Duration.minutes(10);

    /** The client this configuration describes; its retry metrics go to {@code registry}. */
    public CryptoServiceClient buildClient(ObjectMapper json, MeterRegistry registry) {
        return new CryptoServiceClient(URI.create(url), connectTimeout.toJavaDuration(),
                requestTimeout.toJavaDuration(), benchmarkTimeout.toJavaDuration(),
                CryptoServiceRetry.build(maxAttempts, initialBackoff.toJavaDuration(), maxBackoff.toJavaDuration(),
                        registry),
                maxBusyWait.toJavaDuration(), Optional.ofNullable(apiToken), json);
    }

    public String getUrl() {
        return url;
    }

    public String getApiToken() {
        return apiToken;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public Duration getBenchmarkTimeout() {
        return benchmarkTimeout;
    }

    public Duration getHealthTimeout() {
        return healthTimeout;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public Duration getInitialBackoff() {
        return initialBackoff;
    }

    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    public Duration getMaxBusyWait() {
        return maxBusyWait;
    }
}
