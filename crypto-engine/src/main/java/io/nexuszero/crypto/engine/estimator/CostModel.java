package io.nexuszero.crypto.engine.estimator;

/**
 * Turns a BKZ block size into bit costs. Two models, both standard in the literature:
 * <ul>
 *   <li>core-SVP [ADPS16]: one SVP call in dimension β costs 2^(0.292β) classically (sieving, [BDGL16]) and
 *       2^(0.265β) quantumly [Laa15]; everything else (number of SVP calls, LLL, memory) is ignored. This is the model
 *       the Kyber/Dilithium (ML-KEM/ML-DSA) round-3 specifications report.</li>
 *   <li>gate count: 2^(0.292β + 16.4 + log2(8d)), i.e. BKZ-β on a d-dimensional basis makes 8d SVP calls and each
 *       costs 2^(0.292β + 16.4) — the lattice-estimator's {@code BDGL16} model for β &gt; 90, which is the model the
 *       Homomorphic Encryption Standard tables used.</li>
 * </ul>
 * An attack that must repeat its reduction R times (the dual and the ℓ∞-SIS attacks) adds log2(R) to every model.
 */
final class CostModel {

    /** Classical sieving exponent [BDGL16]. */
    static final double CLASSICAL_SIEVE_EXPONENT = 0.292;
    /** Quantum sieving exponent [Laa15]. */
    static final double QUANTUM_SIEVE_EXPONENT = 0.265;
    /** Additive constant of the gate-count model (lattice-estimator {@code BDGL16}). */
    static final double GATE_COUNT_CONSTANT = 16.4;
    /**
     * log2 of the number of vectors a sieve in dimension β outputs for free, (4/3)^(β/2) = 2^(0.2075β) [ADPS16]; an
     * attack that needs N short vectors repeats the sieve max(1, N / 2^(0.2075β)) times.
     */
    static final double SIEVE_OUTPUT_EXPONENT = 0.2075;

    private CostModel() {
    }

    static double classicalBits(int beta, double log2Repetitions) {
        return CLASSICAL_SIEVE_EXPONENT * beta + log2Repetitions;
    }

    static double quantumBits(int beta, double log2Repetitions) {
        return QUANTUM_SIEVE_EXPONENT * beta + log2Repetitions;
    }

    static double gateCountBits(int beta, int dimension, double log2Repetitions) {
        return CLASSICAL_SIEVE_EXPONENT * beta + GATE_COUNT_CONSTANT + log2(8.0 * dimension) + log2Repetitions;
    }

    /** log2 of the number of short vectors one sieve in dimension β provides. */
    static double log2VectorsPerSieve(int beta) {
        return SIEVE_OUTPUT_EXPONENT * beta;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
