package io.nexuszero.optimizer.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One hardness assumption's estimate (MLWE or MSIS) as crypto-service reports it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HardnessEstimate(Integer beta, double classicalBits, double quantumBits, double gateCountBits) {
}
