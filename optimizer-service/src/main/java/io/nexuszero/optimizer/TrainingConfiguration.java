package io.nexuszero.optimizer;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexuszero.optimizer.api.ProofType;
import io.nexuszero.optimizer.core.model.Algorithm;
import io.nexuszero.optimizer.core.model.ModelTrainer;
import io.nexuszero.optimizer.jobs.TrainingDesign;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;

import java.time.Clock;
import java.util.List;

/** Defaults of a training job's design and of model selection (config.yml {@code training:}). */
public class TrainingConfiguration {
    @Min(1)
    @JsonProperty
    private int candidates = 12;

    @NotEmpty
    @JsonProperty
    private List<Integer> witnessLengths = List.of(1, 16, 256);

    @Min(1)
    @JsonProperty
    private int iterations = 5;

    @JsonProperty
    private double minSecurityBits = 0;

    /** Longest witness measured per proof type (none capped: linear-relation format 2 grows with ⌈L/n⌉ only). */
    @JsonProperty
    private java.util.Map<String, Integer> maxWitnessLengths = java.util.Map.of();

    /** Share of measured candidates held out to score models. */
    @DecimalMin("0.05")
    @DecimalMax("0.5")
    @JsonProperty
    private double testFraction = 0.25;

    public double getTestFraction() {
        return testFraction;
    }

    public TrainingDesign defaults() {
        return new TrainingDesign(candidates, List.of(ProofType.values()), witnessLengths, iterations, 0L, minSecurityBits,
                maxWitnessLengths);
    }

    /** Trains every algorithm on a split that holds out {@code testFraction} of the candidates. */
    public ModelTrainer buildTrainer(Clock clock) {
        return new ModelTrainer(clock, testFraction, List.of(Algorithm.values()));
    }
}
