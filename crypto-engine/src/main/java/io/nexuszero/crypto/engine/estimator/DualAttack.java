package io.nexuszero.crypto.engine.estimator;

/**
 * Plain dual (distinguishing) attack, no hybrid guessing, in the core-SVP methodology of [ADPS16, §6] as the
 * Kyber/Dilithium teams run it ({@code pq-crystals/security-estimates}, {@code MLWE_security.py},
 * {@code LWE_dual_cost}), with the secret rescaling of the lattice-estimator ({@code lwe_dual.py},
 * {@code dual_reduce}).
 *
 * <p>The attacker looks for a short (v, w) with v·A ≡ w (mod q), v ∈ Z^m', w ∈ Z^n. For b = A·s + e,
 * ⟨v, b⟩ ≡ ⟨w, s⟩ + ⟨v, e⟩ (mod q) is then a sum of small terms: a centred value with standard deviation
 * σ_e·ℓ, where ℓ = ‖(v, (σ_s/σ_e)·w)‖ is the norm in the lattice with the secret part rescaled. That lattice has
 * dimension d = m' + n and volume c^n with c = q·σ_s/σ_e, so BKZ-β finds (GSA) ℓ = δ^(d−1) · c^(n/d); the
 * attacker picks the m' ≤ m minimising ℓ (the exponent is convex in d, optimum d = √(n·ln c / ln δ)).
 *
 * <p>With τ = σ_e·ℓ/q, the inner products mod q are distinguished from uniform with advantage
 * ε = exp(−2π²τ²) (the Fourier coefficient of a Gaussian of standard deviation σ_e·ℓ at frequency 1/q); this needs
 * about 1/ε² short vectors. A sieve in dimension β provides 2^(0.2075β) of them for the price of one, so the
 * reduction is repeated R = max(1, 1/(ε² · 2^(0.2075β))) times, and the cost is 0.292β + log2 R (core-SVP).
 * The block size reported is the one minimising that classical cost; the quantum and gate-count figures are given at
 * the same β and d. Like the Kyber script, and unlike the lattice-estimator, this takes the ADPS16 view that the
 * sieve's extra vectors are as short as the shortest one (the lattice-estimator multiplies ℓ by √(4/3) and uses
 * 2·ln(1/(2−2p))/ε² samples for success probability p = 0.99, which gives a higher cost, e.g. β = 424 instead of 403
 * for Kyber512).
 */
final class DualAttack {

    static final String NAME = "dual";

    private DualAttack() {
    }

    static LweEstimate estimate(LweInstance instance) {
        int n = instance.n();
        double logC = instance.logQ() + Math.log(instance.secretSigma() / instance.errorSigma());
        int largestDimension = n + instance.m();
        int beta = BlockSizeSearch.cheapestWithRepetitions(RootHermiteFactor.MIN_BLOCK_SIZE, largestDimension,
            b -> log2VectorsNeeded(instance, logC, b));
        if (beta < 0) {
            return LweEstimate.infeasible(NAME);
        }
        double logDelta = RootHermiteFactor.logDelta(beta);
        int d = shortestVectorDimension(n, logC, logDelta, Math.max(n + 1, beta), largestDimension);
        double log2Repetitions = BlockSizeSearch.log2Repetitions(beta, log2VectorsNeeded(instance, logC, beta));
        return LweEstimate.of(NAME, beta, d, d - n, log2Repetitions);
    }

    /**
     * log2(1/ε²) for the best dimension at block size β, ε = exp(−2π²τ²), τ = σ_e·ℓ/q (infinite if the lattice
     * would be smaller than β).
     */
    static double log2VectorsNeeded(LweInstance instance, double logC, int beta) {
        int n = instance.n();
        double logDelta = RootHermiteFactor.logDelta(beta);
        int d = shortestVectorDimension(n, logC, logDelta, Math.max(n + 1, beta), n + instance.m());
        if (d < 0) {
            return Double.POSITIVE_INFINITY;
        }
        double logTau = Math.log(instance.errorSigma()) + logShortVector(n, logC, logDelta, d) - instance.logQ();
        return 4 * Math.PI * Math.PI * Math.exp(2 * logTau) / Math.log(2);
    }

    /** ln ℓ for ℓ = δ^(d−1) · c^(n/d). */
    private static double logShortVector(int n, double logC, double logDelta, int d) {
        return (d - 1) * logDelta + n * logC / d;
    }

    /** The d in [low, high] giving the shortest vector, or −1 if the range is empty. */
    private static int shortestVectorDimension(int n, double logC, double logDelta, int low, int high) {
        if (low > high) {
            return -1;
        }
        int best = low;
        double bestValue = logShortVector(n, logC, logDelta, low);
        int[] candidates = {high, high, high};
        if (logC > 0) {
            double stationary = Math.sqrt(n * logC / logDelta);
            candidates[1] = Math.max(low, Math.min(high, (int) Math.floor(stationary)));
            candidates[2] = Math.max(low, Math.min(high, (int) Math.ceil(stationary)));
        }
        for (int d : candidates) {
            double value = logShortVector(n, logC, logDelta, d);
            if (value < bestValue) {
                bestValue = value;
                best = d;
            }
        }
        return best;
    }
}
