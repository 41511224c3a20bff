package io.nexuszero.crypto.api;

/** Primal uSVP estimate: block size β, lattice dimension d, samples used m', and its cost in both models. */
public record SecurityEstimateResponse(int beta, int d, int samplesUsed, CoreSvpJson coreSvp, double gateCountBits) {
}
