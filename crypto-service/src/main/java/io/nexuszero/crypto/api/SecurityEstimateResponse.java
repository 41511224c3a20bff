package io.nexuszero.crypto.api;

import java.util.List;

/**
 * The cheapest attack's estimate — block size β, lattice dimension d, samples used m', its cost in both models and
 * its name — and every attack's own line in {@code attacks}.
 */
public record SecurityEstimateResponse(int beta, int d, int samplesUsed, CoreSvpJson coreSvp, double gateCountBits,
                                       String attack, List<AttackEstimateJson> attacks) {
}
