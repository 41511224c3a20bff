package io.nexuszero.optimizer.core.model;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ProofType;

import java.util.List;

/**
 * The model's inputs, computed from parameters, proof type and witness length. Besides the raw parameters it adds
 * log-scale sizes (ring × module dimensions, work per witness, ring elements needed to hold L values: ⌈L/n⌉), the
 * masking slack log2(γ / (τ·η)), the masked polynomials per attempt and the exact ln of the expected number of
 * Fiat–Shamir-with-aborts attempts ({@link ExpectedAttempts}; also per proof type, so a linear model can weigh it
 * differently where a proof does fixed work outside the loop), and the work of one attempt or one verification:
 * ring products (n · matrix rows · masked polynomials) and NTTs (n log n · masked polynomials), on a log scale.
 * lwe-secret does not depend on the witness length,
 * so its length is fixed at 1.
 */
public final class Features {
    public static final List<String> NAMES = List.of(
            "log2_ring_degree", "modulus_bits", "rank_k", "rank_l", "eta", "uniform_secret",
            "challenge_weight", "log2_gamma", "log2_witness_length",
            "type_lwe_secret", "type_commitment_opening", "type_linear_relation",
            "log2_matrix_size", "log2_witness_work", "log2_masking_slack", "log2_witness_polys",
            "log2_masked_coefficients", "ln_expected_attempts", "ln_expected_attempts_lwe_secret",
            "ln_expected_attempts_commitment_opening", "ln_expected_attempts_linear_relation",
            "log2_product_work", "log2_ntt_work");
    private static final String[] NAME_ARRAY = NAMES.toArray(String[]::new);

    private Features() {
    }

    public static String[] names() {
        return NAME_ARRAY.clone();
    }

    public static int effectiveWitnessLength(ProofType type, int witnessLength) {
        return type.dependsOnWitnessLength() ? witnessLength : 1;
    }

    public static double lnExpectedAttempts(LatticeParameters p, ProofType type, int witnessLength) {
        return ExpectedAttempts.ln(p, type, effectiveWitnessLength(type, witnessLength));
    }

    public static double[] of(LatticeParameters p, ProofType type, int witnessLength) {
        int length = effectiveWitnessLength(type, witnessLength);
        double n = p.ringDegree();
        double attempts = ExpectedAttempts.ln(p, type, length);
        double masked = ExpectedAttempts.maskedPolynomials(p, type, length);
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
            log2(Math.ceil(length / n)),
            log2(n * masked),
            attempts,
            type == ProofType.LWE_SECRET ? attempts : 0,
            type == ProofType.COMMITMENT_OPENING ? attempts : 0,
            type == ProofType.LINEAR_RELATION ? attempts : 0,
            log2(n * matrixRows(p, type, length) * masked),
            log2(n * log2(n) * masked),
        };
    }

    /**
     * Rows of the matrix each attempt (and the verifier) multiplies the response by: k for lwe-secret and
     * commitment-opening (A1·z), k per value for linear-relation (plus the one relation row).
     */
    private static double matrixRows(LatticeParameters p, ProofType type, int length) {
        return type == ProofType.LINEAR_RELATION ? (double) p.rankK() * length + 1 : p.rankK();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
