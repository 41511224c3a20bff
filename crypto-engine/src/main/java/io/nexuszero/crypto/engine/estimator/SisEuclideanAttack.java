package io.nexuszero.crypto.engine.estimator;

/**
 * Euclidean-norm SIS by lattice reduction (the lattice-estimator's {@code SIS.lattice} with {@code norm=2}, and
 * {@code SIS_l2_cost} in the Dilithium team's scripts), under the GSA.
 *
 * <p>The attacker keeps only d ≤ m columns of A (the other coordinates of x set to 0): the lattice
 * {x ∈ Z^d : A_d·x ≡ 0 mod q} still has volume q^h, h = n·rows, and BKZ-β finds a vector of norm
 * ℓ(d) = δ(β)^(d−1) · q^(h/d) (GSA, same convention as the other attacks). The attack succeeds when
 * min over h &lt; d ≤ m of ℓ(d) is at most B; the exponent (d−1)·lnδ + h·ln q/d is convex in d with its minimum at
 * d = √(h·ln q / ln δ). The result is the smallest such β ≥ 40 (binary search) with its best d. If B ≥ q the
 * instance is trivial (q·e_1 is a solution).
 *
 * <p>Caveat: below the Gaussian heuristic √(d/(2πe))·q^(h/d) there may be no solution at all; the GSA formula does
 * not know this and then reports a block size anyway, which can only under-state the security.
 */
final class SisEuclideanAttack {

    static final String NAME = "sis-euclidean";

    private SisEuclideanAttack() {
    }

    static SisEstimate estimate(SisInstance instance) {
        if (instance.triviallyBroken()) {
            return SisEstimate.trivial();
        }
        int h = instance.constraints();
        int m = instance.dimension();
        double logQ = Math.log(instance.q());
        double logBound = Math.log(instance.bound());
        int beta = BlockSizeSearch.smallestSucceeding(RootHermiteFactor.MIN_BLOCK_SIZE, m,
            b -> logShortest(h, m, logQ, b) <= logBound);
        if (beta < 0) {
            return SisEstimate.infeasible(NAME);
        }
        double logDelta = RootHermiteFactor.logDelta(beta);
        return SisEstimate.of(NAME, beta, bestDimension(h, logQ, logDelta, Math.max(h + 1, beta), m), 0);
    }

    /** ln of the shortest vector BKZ-β finds over the allowed sublattice dimensions (+∞ if there are none). */
    static double logShortest(int h, int m, double logQ, int beta) {
        int low = Math.max(h + 1, beta);
        if (low > m) {
            return Double.POSITIVE_INFINITY;
        }
        double logDelta = RootHermiteFactor.logDelta(beta);
        return logLength(h, logQ, logDelta, bestDimension(h, logQ, logDelta, low, m));
    }

    /** ln(δ^(d−1) · q^(h/d)). */
    static double logLength(int h, double logQ, double logDelta, int d) {
        return (d - 1) * logDelta + h * logQ / d;
    }

    private static int bestDimension(int h, double logQ, double logDelta, int low, int high) {
        double stationary = Math.sqrt(h * logQ / logDelta);
        int best = low;
        for (int d : new int[] {high, (int) Math.floor(stationary), (int) Math.ceil(stationary)}) {
            int clamped = Math.max(low, Math.min(high, d));
            if (logLength(h, logQ, logDelta, clamped) < logLength(h, logQ, logDelta, best)) {
                best = clamped;
            }
        }
        return best;
    }
}
