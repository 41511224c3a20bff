package io.nexuszero.crypto.api;

import java.util.Map;

/**
 * Security of a parameter set. {@code hardness} lists every assumption the keys, commitments and proofs rely on by
 * name (keyModuleLwe, commitmentHiding, commitmentBinding, proofModuleSis, commitmentKnowledge, soundness); the
 * top-level numbers are the weakest of them ({@code weakest} names it), {@code quantumBits} the smallest quantum
 * figure. {@code soundnessBits} is −log2 of a cheating prover's success probability per hash query.
 */
public record EstimateJson(int beta, double classicalBits, double quantumBits, double gateCountBits, String weakest,
                           double soundnessBits, Map<String, HardnessJson> hardness) {
}
