package io.nexuszero.optimizer.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * crypto-service's security estimate, passed through as it reports it. {@code hardness} lists every assumption the
 * keys, commitments and proofs rely on by name (keyModuleLwe, commitmentHiding, commitmentBinding, proofModuleSis,
 * commitmentKnowledge, soundness); the top-level numbers are those of the weakest one ({@code weakest} names it),
 * {@code quantumBits} the smallest quantum figure of all. {@code soundnessBits} is −log2 of a cheating prover's
 * success probability per hash query. {@code classicalBits} is what a security target is compared with.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecurityEstimate(
        Integer beta,
        double classicalBits,
        double quantumBits,
        double gateCountBits,
        String weakest,
        Double soundnessBits,
        Map<String, HardnessEstimate> hardness) {

    public SecurityEstimate {
        hardness = hardness == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(hardness));
    }
}
