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
    private CryptoServiceSettings cryptoService = new CryptoServiceSettings();

    @Valid
    @NotNull
    @JsonProperty
    private SearchSpaceSettings searchSpace = new SearchSpaceSettings();

    @Valid
    @NotNull
    @JsonProperty
    private TrainingSettings training = new TrainingSettings();

    public CryptoServiceSettings getCryptoService() {
        return cryptoService;
    }

    public SearchSpaceSettings getSearchSpace() {
        return searchSpace;
    }

    public TrainingSettings getTraining() {
        return training;
    }
}
