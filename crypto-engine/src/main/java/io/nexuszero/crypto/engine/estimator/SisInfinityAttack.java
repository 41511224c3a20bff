package io.nexuszero.crypto.engine.estimator;

/**
 * ℓ∞-norm SIS by lattice reduction, following the Dilithium round-3 specification's MSIS analysis (as implemented
 * in {@code pq-crystals/security-estimates}, {@code MSIS_security.py}, {@code SIS_linf_cost} with
 * {@code construct_BKZ_shape_randomized}); the lattice-estimator's {@code SIS.lattice} with {@code norm=oo} refines
 * the same idea with a basis-shape simulator.
 *
 * <p>Shape: after re-randomisation the q-vectors of the q-ary basis are no longer short, so BKZ-β yields a basis
 * whose Gram–Schmidt log-norms are k·s, (k−1)·s, …, s (GSA slope s = 2·ln δ(β), counted from the end) followed by
 * 1's; k is the largest count with s·k(k+1)/2 ≤ h·ln q (at most m), and the k GSA norms are shifted up together
 * so that the volume is exactly q^h. The first vector has length ℓ = exp(k·s + (h·ln q − s·k(k+1)/2)/k), i.e.
 * δ^(k−1)·q^(h/k) up to rounding k.
 *
 * <p>Success: the attacker gets 2^(0.2075β) vectors of that length from the final sieve (ADPS16). Model each as
 * having k independent Gaussian coordinates of standard deviation ℓ/√k (the 1-region contributes nothing); one
 * vector satisfies the ℓ∞ bound with probability p = erf(B/(σ√2))^k. The reduction is repeated
 * R = max(1, 1/(p·2^(0.2075β))) times, and the cost 0.292β + log2 R is minimised over β ≥ 40. (The Dilithium script
 * counts k+1 coordinates; for Dilithium's parameter sets both give the same block sizes.) If B ≥ q the instance is
 * trivial.
 */
final class SisInfinityAttack {

    static final String NAME = "sis-infinity";

    private SisInfinityAttack() {
    }

    static SisEstimate estimate(SisInstance instance) {
        if (instance.triviallyBroken()) {
            return SisEstimate.trivial();
        }
        int m = instance.dimension();
        double logVolume = instance.constraints() * Math.log(instance.q());
        int beta = BlockSizeSearch.cheapestWithRepetitions(RootHermiteFactor.MIN_BLOCK_SIZE, m,
            b -> log2VectorsNeeded(instance, logVolume, b));
        if (beta < 0) {
            return SisEstimate.infeasible(NAME);
        }
        int k = gsaRegionLength(2 * RootHermiteFactor.logDelta(beta), logVolume, m);
        double log2Repetitions = BlockSizeSearch.log2Repetitions(beta, log2VectorsNeeded(instance, logVolume, beta));
        return SisEstimate.of(NAME, beta, k, log2Repetitions);
    }

    /** log2(1/p): how many vectors of the first length must be drawn for one to meet the ℓ∞ bound. */
    static double log2VectorsNeeded(SisInstance instance, double logVolume, int beta) {
        double slope = 2 * RootHermiteFactor.logDelta(beta);
        int k = gsaRegionLength(slope, logVolume, instance.dimension());
        double logFirst = k * slope + (logVolume - slope * k * (k + 1.0) / 2) / k;
        double sigma = Math.exp(logFirst) / Math.sqrt(k);
        return -k * GaussianMass.logProbabilityWithin(sigma, instance.bound()) / Math.log(2);
    }

    /** Largest k ≤ m with s·k(k+1)/2 ≤ logVolume, at least 1. */
    static int gsaRegionLength(double slope, double logVolume, int m) {
        long k = (long) Math.floor((Math.sqrt(1 + 8 * logVolume / slope) - 1) / 2);
        while (k > 0 && slope * k * (k + 1) / 2 > logVolume) {
            k--;
        }
        while (slope * (k + 1) * (k + 2) / 2 <= logVolume) {
            k++;
        }
        return (int) Math.max(1, Math.min(m, k));
    }
}
