package io.nexuszero.crypto.api;

/**
 * The cheapest attack's estimate: block size β, lattice dimension d, samples used m', its cost in both models, and
 * which attack it is ("primal-usvp" or "dual").
 */
public record SecurityEstimateResponse(int beta, int d, int samplesUsed, CoreSvpJson coreSvp, double gateCountBits,
                                       String attack) {
}
