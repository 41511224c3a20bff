package io.nexuszero.crypto.api;

/** One attack's estimate ("primal-usvp" or "dual"); infeasible attacks are left out. */
public record AttackEstimateJson(String attack, int beta, int d, int samplesUsed, CoreSvpJson coreSvp,
                                 double gateCountBits) {
}
