package io.nexuszero.crypto.engine.estimator;

/**
 * The cost of finding a SIS solution with lattice reduction.
 *
 * @param attack          "sis-euclidean", "sis-infinity" or "trivial" (bound ≥ q: q·e_1 is a solution, 0 bits)
 * @param beta            BKZ block size
 * @param d               dimension of the sublattice reduced
 * @param log2Repetitions log2 of how many times the reduction must be repeated (ℓ∞ only)
 * @param classicalBits   core-SVP classical cost
 * @param quantumBits     core-SVP quantum cost
 * @param gateCountBits   gate-count cost
 */
public record SisEstimate(String attack, int beta, int d, double log2Repetitions,
                          double classicalBits, double quantumBits, double gateCountBits) {

    static SisEstimate of(String attack, int beta, int d, double log2Repetitions) {
        return new SisEstimate(attack, beta, d, log2Repetitions,
            CostModel.classicalBits(beta, log2Repetitions),
            CostModel.quantumBits(beta, log2Repetitions),
            CostModel.gateCountBits(beta, d, log2Repetitions));
    }

    /** B ≥ q: the q-vector q·e_1 is a solution, so the instance offers no security at all. */
    static SisEstimate trivial() {
        return new SisEstimate("trivial", 0, 0, 0, 0, 0, 0);
    }

    /** No block size up to the lattice dimension reaches the bound under the GSA: infinite cost. */
    static SisEstimate infeasible(String attack) {
        double inf = Double.POSITIVE_INFINITY;
        return new SisEstimate(attack, 0, 0, 0, inf, inf, inf);
    }
}
