package io.nexuszero.optimizer.core.model;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ProofType;

import java.util.List;

/**
 * The model's inputs, computed from parameters, proof type and witness length. Besides the raw parameters it adds
 * log-scale sizes (ring × module dimensions, work per witness, ring elements needed to hold L values: ⌈L/n⌉), the masking slack log2(γ / (τ·η)) and the
 * "rejection pressure" log2(n·l·τ·η / γ) (masked coefficients times how tight the response bound is: the expected
 * number of Fiat–Shamir-with-aborts restarts grows exponentially with it, and it dominates prove time; it also enters
 * linearly, and per proof type, so a linear model on log time can follow that exponential), which is what trees split on most usefully. lwe-secret does not depend on the witness length, so its length is fixed at 1.
 */
public final class Features {
    public static final List<String> NAMES = List.of(
            "log2_ring_degree", "modulus_bits", "rank_k", "rank_l", "eta", "uniform_secret",
            "challenge_weight", "log2_gamma", "log2_witness_length",
            "type_lwe_secret", "type_commitment_opening", "type_linear_relation",
            "log2_matrix_size", "log2_witness_work", "log2_masking_slack", "log2_rejection_pressure",
            "rejection_pressure", "rejection_pressure_lwe_secret", "rejection_pressure_commitment_opening",
            "rejection_pressure_linear_relation", "log2_witness_polys", "witness_rejection_pressure");
    private static final String[] NAME_ARRAY = NAMES.toArray(String[]::new);

    private Features() {
    }

    public static String[] names() {
        return NAME_ARRAY.clone();
    }

    public static int effectiveWitnessLength(ProofType type, int witnessLength) {
        return type.dependsOnWitnessLength() ? witnessLength : 1;
    }

    public static double[] of(LatticeParameters p, ProofType type, int witnessLength) {
        int length = effectiveWitnessLength(type, witnessLength);
        double n = p.ringDegree();
        double pressure = n * p.rankL() * (double) p.challengeWeight() * p.eta() / Math.max(1.0, p.gamma());
        return new double[] {
            log2(n),
            Math.ceil(log2(p.modulus())),
            p.rankK(),
            p.rankL(),
            p.eta(),
            "uniform".equals(p.secretDistribution()) ? 1 : 0,
            p.challengeWeight(),
            log2(p.gamma()),
            log2(length),
            type == ProofType.LWE_SECRET ? 1 : 0,
            type == ProofType.COMMITMENT_OPENING ? 1 : 0,
            type == ProofType.LINEAR_RELATION ? 1 : 0,
            log2(n * p.rankK() * p.rankL()),
            log2(n * p.rankL() * length),
            log2(Math.max(1.0, p.gamma()) / Math.max(1.0, (double) p.challengeWeight() * p.eta())),
            log2(pressure),
            pressure,
            type == ProofType.LWE_SECRET ? pressure : 0,
            type == ProofType.COMMITMENT_OPENING ? pressure : 0,
            type == ProofType.LINEAR_RELATION ? pressure : 0,
            log2(Math.ceil(length / n)),
            Math.ceil(length / n) * n * (double) p.challengeWeight() * p.eta() / Math.max(1.0, p.gamma()),
        };
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
