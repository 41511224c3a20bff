package io.nexuszero.optimizer;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexuszero.common.NexusZeroConfiguration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** optimizer-service settings (config.yml); shared settings come from {@link NexusZeroConfiguration}. */
public class OptimizerConfiguration extends NexusZeroConfiguration {
    @Valid
    @NotNull
    @JsonProperty
    private CryptoServiceConfiguration cryptoService = new CryptoServiceConfiguration();

    @Valid
    @NotNull
    @JsonProperty
    private SearchSpaceConfiguration searchSpace = new SearchSpaceConfiguration();

    @Valid
    @NotNull
    @JsonProperty
    private TrainingConfiguration training = new TrainingConfiguration();

    public CryptoServiceConfiguration getCryptoService() {
        return cryptoService;
    }

    public SearchSpaceConfiguration getSearchSpace() {
        return searchSpace;
    }

    public TrainingConfiguration getTraining() {
        return training;
    }
}
