package io.nexuszero.optimizer.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * crypto-service's security estimate; the top-level numbers are the minimum over every hardness assumption
 * the parameters rely on, so {@code classicalBits} is what a security target is compared with.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecurityEstimate(
        Integer beta,
        double classicalBits,
        double quantumBits,
        double gateCountBits,
        HardnessEstimate mlwe,
        HardnessEstimate msis) {
}
