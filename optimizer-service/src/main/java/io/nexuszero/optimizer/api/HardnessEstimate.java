package io.nexuszero.optimizer.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One hardness assumption's estimate as crypto-service reports it (beta: BKZ block size of the cheapest lattice
 * attack, 0 for soundness, which is not a lattice problem).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HardnessEstimate(Integer beta, double classicalBits, double quantumBits, double gateCountBits) {
}
