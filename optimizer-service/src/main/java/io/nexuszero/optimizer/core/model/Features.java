package io.nexuszero.optimizer.core.model;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ProofType;

import java.util.List;

/**
 * The model's inputs, computed from parameters, proof type, witness length and crypto-service's ln of the expected
 * prover attempts. Besides the raw parameters it adds log-scale sizes (ring × module dimensions, work per witness,
 * ring elements needed to hold L values: ⌈L/n⌉), the masking slack log2(γ / (τ·η)), the ln expected attempts
 * (also per proof type, so a linear model can weigh it differently where a proof does fixed work outside the loop)
 * and, per proof type, a proxy of one attempt's ring work (n log n × polynomials × matrix rows) on a log scale.
 * lwe-secret does not depend on the witness length, so its length is fixed at 1.
 */
public final class Features {
    public static final List<String> NAMES = List.of(
            "log2_ring_degree", "modulus_bits", "rank_k", "rank_l", "eta", "uniform_secret",
            "challenge_weight", "log2_gamma", "log2_witness_length",
            "type_lwe_secret", "type_commitment_opening", "type_linear_relation",
            "log2_matrix_size", "log2_witness_work", "log2_masking_slack", "log2_witness_polys",
            "ln_expected_attempts", "ln_expected_attempts_lwe_secret",
            "ln_expected_attempts_commitment_opening", "ln_expected_attempts_linear_relation",
            "log2_work_lwe_secret", "log2_work_commitment_opening", "log2_work_linear_relation");
    private static final String[] NAME_ARRAY = NAMES.toArray(String[]::new);

    private Features() {
    }

    public static String[] names() {
        return NAME_ARRAY.clone();
    }

    public static int effectiveWitnessLength(ProofType type, int witnessLength) {
        return type.dependsOnWitnessLength() ? witnessLength : 1;
    }

    /** @param lnExpectedAttempts ln of crypto-service's expected prover attempts for this proof */
    public static double[] of(LatticeParameters p, ProofType type, int witnessLength, double lnExpectedAttempts) {
        int length = effectiveWitnessLength(type, witnessLength);
        double n = p.ringDegree();
        double k = p.rankK();
        double l = p.rankL();
        double polys = Math.ceil(length / n);
        double nttWork = n * log2(n);
        return new double[] {
            log2(n),
            Math.ceil(log2(p.modulus())),
            k,
            l,
            p.eta(),
            "uniform".equals(p.secretDistribution()) ? 1 : 0,
            p.challengeWeight(),
            log2(p.gamma()),
            log2(length),
            type == ProofType.LWE_SECRET ? 1 : 0,
            type == ProofType.COMMITMENT_OPENING ? 1 : 0,
            type == ProofType.LINEAR_RELATION ? 1 : 0,
            log2(n * k * l),
            log2(n * l * length),
            log2(Math.max(1.0, p.gamma()) / Math.max(1.0, (double) p.challengeWeight() * p.eta())),
            log2(polys),
            lnExpectedAttempts,
            type == ProofType.LWE_SECRET ? lnExpectedAttempts : 0,
            type == ProofType.COMMITMENT_OPENING ? lnExpectedAttempts : 0,
            type == ProofType.LINEAR_RELATION ? lnExpectedAttempts : 0,
            type == ProofType.LWE_SECRET ? log2(nttWork * (k + l) * k) : 0,
            type == ProofType.COMMITMENT_OPENING ? log2(nttWork * (k + l + polys) * k) : 0,
            type == ProofType.LINEAR_RELATION ? log2(nttWork * (k + l + 1) * (k + 1) * length) : 0,
        };
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
