package io.nexuszero.crypto.api;

/** One hardness estimate: BKZ block size and its cost in the core-SVP (classical, quantum) and gate-count models. */
public record HardnessJson(int beta, double classicalBits, double quantumBits, double gateCountBits) {
}
