package io.nexuszero.optimizer.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.SecurityEstimate;

import java.util.List;
import java.util.Map;

/**
 * One candidate's verdict from crypto-service: valid with estimate, sizes and expected prover attempts (proof type
 * wire name → witness length as a string key → attempts, null where astronomically large), or invalid with a reason.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationResult(
        boolean valid,
        String reason,
        LatticeParameters parameters,
        SecurityEstimate estimate,
        Sizes sizes,
        Map<String, Map<String, Double>> expectedAttempts) {

    /**
     * proofBytes: proof type wire name → witness length (as a string key) → exact proof size in bytes;
     * maxWitnessLength: the longest witness each proof type can really prove with these parameters.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sizes(Long publicKeyBytes, Long ciphertextBytes, Map<String, Map<String, Long>> proofBytes,
                        Map<String, Integer> maxWitnessLength) {
    }

    /** POST /v1/parameter-sets/evaluate answer: one result per candidate, in request order. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(List<EvaluationResult> results) {
    }
}
