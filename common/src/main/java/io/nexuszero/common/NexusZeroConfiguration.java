package io.nexuszero.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MinDataSize;
import java.util.Map;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** Settings every NexusZero service shares; each service's configuration extends this. */
public class NexusZeroConfiguration extends Configuration {

    /** Request bodies above this size are refused with 413 before they are parsed. */
    @NotNull
    @MinDataSize(1024)
    @MaxDataSize(value = 64, unit = io.dropwizard.util.DataSizeUnit.MEBIBYTES)
    private DataSize maxRequestBodySize = DataSize.mebibytes(1);

    /**
     * A refused body up to this size is read and discarded before the 413, so the client receives the answer
     * instead of a connection reset (see RequestSizeLimit); larger ones are cut off at once. 0 never swallows.
     */
    @NotNull
    @MaxDataSize(value = 256, unit = io.dropwizard.util.DataSizeUnit.MEBIBYTES)
    private DataSize maxSwallowedRequestBodySize = DataSize.mebibytes(4);

    /**
     * Routes that take larger bodies than maxRequestBodySize, by path ("/v1/proofs/verify": 64MiB); each limit must
     * be at least maxRequestBodySize and at most 1 GiB.
     */
    @NotNull
    private Map<String, DataSize> largeBodyRoutes = Map.of();

    /** How many requests with a body above maxRequestBodySize may run at once (the rest get 503 with Retry-After). */
    @Min(1)
    @Max(64)
    private int maxConcurrentLargeRequests = 2;

    @JsonProperty
    public Map<String, DataSize> getLargeBodyRoutes() {
        return largeBodyRoutes;
    }

    @JsonProperty
    public void setLargeBodyRoutes(Map<String, DataSize> largeBodyRoutes) {
        this.largeBodyRoutes = largeBodyRoutes == null ? Map.of() : Map.copyOf(largeBodyRoutes);
    }

    /** The large-body limits in bytes (RequestSizeLimit checks them, naming the route). */
    public Map<String, Long> largeBodyRouteLimits() {
        Map<String, Long> out = new java.util.HashMap<>();
        largeBodyRoutes.forEach((path, size) -> out.put(path, size.toBytes()));
        return out;
    }

    @JsonProperty
    public int getMaxConcurrentLargeRequests() {
        return maxConcurrentLargeRequests;
    }

    @JsonProperty
    public void setMaxConcurrentLargeRequests(int maxConcurrentLargeRequests) {
        this.maxConcurrentLargeRequests = maxConcurrentLargeRequests;
    }

    /** Where the service keeps its files (keys, datasets, databases); must be writable. */
    @NotEmpty
    private String dataDirectory = "var";

    @JsonProperty
    public String getDataDirectory() {
        return dataDirectory;
    }

    @JsonProperty
    public void setDataDirectory(String dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** The data directory as a path. */
    public java.nio.file.Path dataPath() {
        return java.nio.file.Path.of(dataDirectory);
    }

    /** How long readiness reports false before the server stops, so in-flight traffic drains. */
    @NotNull
    private Duration readinessDrainPeriod = Duration.seconds(0);

    @JsonProperty
    public Duration getReadinessDrainPeriod() {
        return readinessDrainPeriod;
    }

    @JsonProperty
    public void setReadinessDrainPeriod(Duration readinessDrainPeriod) {
        this.readinessDrainPeriod = readinessDrainPeriod;
    }

    @JsonProperty
    public DataSize getMaxRequestBodySize() {
        return maxRequestBodySize;
    }

    @JsonProperty
    public void setMaxRequestBodySize(DataSize maxRequestBodySize) {
        this.maxRequestBodySize = maxRequestBodySize;
    }

    @JsonProperty
    public DataSize getMaxSwallowedRequestBodySize() {
        return maxSwallowedRequestBodySize;
    }

    @JsonProperty
    public void setMaxSwallowedRequestBodySize(DataSize maxSwallowedRequestBodySize) {
        this.maxSwallowedRequestBodySize = maxSwallowedRequestBodySize;
    }
}
