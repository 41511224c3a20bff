package io.nexuszero.crypto.api;

/**
 * Security of a parameter set: top-level numbers are the minimum over every hardness it relies on (key MLWE,
 * commitment hiding (MLWE), binding and proof soundness (MSIS)); {@code mlwe} and {@code msis} are the two lines.
 */
public record EstimateJson(int beta, double classicalBits, double quantumBits, double gateCountBits,
                           HardnessJson mlwe, HardnessJson msis) {
}
