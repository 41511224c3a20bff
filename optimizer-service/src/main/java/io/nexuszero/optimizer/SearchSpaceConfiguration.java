package io.nexuszero.optimizer;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.nexuszero.optimizer.client.CryptoServiceClient;
import io.nexuszero.optimizer.core.space.CandidateGrid;
import io.nexuszero.optimizer.core.space.SearchSpaceService;
import io.nexuszero.optimizer.core.space.SearchSpaceStore;
import io.nexuszero.optimizer.jobs.SearchSpaceRefresher;
import java.time.Clock;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The candidate grid and how often it is re-checked with crypto-service (config.yml {@code searchSpace:}). */
public class SearchSpaceConfiguration {
    @NotNull
    @JsonProperty
    private Duration refreshInterval = Duration.hours(1);

    @NotNull
    @JsonProperty
    private Duration retryInterval = Duration.seconds(30);

    @NotEmpty
    @JsonProperty
    private List<Integer> ringDegrees = List.of(256, 512, 1024);

    @JsonProperty
    private int minRank = 1;

    @JsonProperty
    private int maxRank = 10;

    @JsonProperty
    private int maxRankGap = 1;

    @JsonProperty
    private int maxModuleDimension = 4096;

    @NotEmpty
    @JsonProperty
    private List<Integer> modulusBits = List.of(26, 28, 30);

    @NotEmpty
    @JsonProperty
    private List<String> secretDistributions = List.of("cbd", "uniform");

    @NotEmpty
    @JsonProperty
    private List<Integer> etas = List.of(1, 2, 3, 4);

    @NotEmpty
    @JsonProperty
    private List<Integer> challengeWeights = List.of(23, 39, 60);

    @NotEmpty
    @JsonProperty
    private List<Integer> gammaShifts = List.of(9, 10, 11);

    @NotEmpty
    @JsonProperty
    private List<Integer> witnessLengths = List.of(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096);

    public Duration getRefreshInterval() {
        return refreshInterval;
    }

    public Duration getRetryInterval() {
        return retryInterval;
    }

    public CandidateGrid grid() {
        return new CandidateGrid(ringDegrees, minRank, maxRank, maxRankGap, maxModuleDimension, modulusBits,
                secretDistributions, etas, challengeWeights, gammaShifts, witnessLengths);
    }

    /** The search space over this grid, cached in {@code store}, evaluated by crypto-service through {@code client}. */
    public SearchSpaceService buildService(SearchSpaceStore store, CryptoServiceClient client, Clock clock) {
        return new SearchSpaceService(grid(), store, client, clock);
    }

    public SearchSpaceRefresher buildRefresher(SearchSpaceService service) {
        return new SearchSpaceRefresher(service, refreshInterval.toJavaDuration(), retryInterval.toJavaDuration());
    }
}
