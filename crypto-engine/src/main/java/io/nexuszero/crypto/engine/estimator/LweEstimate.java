package io.nexuszero.crypto.engine.estimator;

/**
 * The cost of one attack on one LWE instance.
 *
 * @param attack           which attack ("primal-usvp" or "dual")
 * @param beta             BKZ block size the attack needs
 * @param d                lattice dimension it reduces
 * @param samplesUsed      how many of the m LWE samples it uses
 * @param log2Repetitions  log2 of how many times the reduction must be repeated (0 for the primal attack)
 * @param classicalBits    core-SVP classical cost: 0.292β + log2Repetitions
 * @param quantumBits      core-SVP quantum cost: 0.265β + log2Repetitions
 * @param gateCountBits    gate-count cost: 0.292β + 16.4 + log2(8d) + log2Repetitions
 */
public record LweEstimate(String attack, int beta, int d, int samplesUsed, double log2Repetitions,
                          double classicalBits, double quantumBits, double gateCountBits) {

    /** The estimate for an attack that needs block size β in dimension d, repeated 2^log2Repetitions times. */
    static LweEstimate of(String attack, int beta, int d, int samplesUsed, double log2Repetitions) {
        return new LweEstimate(attack, beta, d, samplesUsed, log2Repetitions,
            CostModel.classicalBits(beta, log2Repetitions),
            CostModel.quantumBits(beta, log2Repetitions),
            CostModel.gateCountBits(beta, d, log2Repetitions));
    }

    /**
     * The attack does not succeed for any block size up to the full lattice dimension with the samples available
     * (for example too few samples): its cost is reported as infinite. {@code beta}, {@code d} and
     * {@code samplesUsed} are 0.
     */
    static LweEstimate infeasible(String attack) {
        double inf = Double.POSITIVE_INFINITY;
        return new LweEstimate(attack, 0, 0, 0, 0, inf, inf, inf);
    }

    /** Whether the attack succeeds with some finite block size. */
    public boolean feasible() {
        return beta > 0;
    }
}
