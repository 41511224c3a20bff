package io.nexuszero.optimizer.core.model;

import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ProofType;

import java.util.List;

/**
 * The model's inputs, computed from parameters, proof type, witness length and crypto-service's ln of the expected
 * prover attempts. Besides the raw parameters it adds log-scale sizes (ring × module dimensions, work per witness,
 * ring elements needed to hold L values: ⌈L/n⌉), the masking slack log2(γ / (τ·η)), the ln expected attempts per
 * proof type (a linear model can weigh it differently where a proof does fixed work outside the loop)
 * and, per proof type, log-scale proxies of one attempt's (or one verification's) work over the ring elements a
 * response has — NTTs (n log n each), products with the k matrix rows (n·k each) and data hashed and packed
 * (n·⌈log2 q⌉ bits each). The ring elements are a modelling guess from the statement's shape (k + l for a key's
 * secret, k + ⌈L/n⌉ + l for a commitment's randomness, L times k + 1 + l for L separate commitments): a wrong guess
 * costs accuracy, which the holdout metrics show, never correctness — exact sizes and attempts come from
 * crypto-service.
 * lwe-secret does not depend on the witness length, so its length is fixed at 1.
 */
public final class Features {
    // No feature is an exact linear combination of others (lwe-secret is the proof type without a one-hot column,
    // and there is no overall ln-attempts column next to the per-type ones), so least squares has one solution.
    public static final List<String> NAMES = List.of(
            "log2_ring_degree", "modulus_bits", "rank_k", "rank_l", "eta", "uniform_secret",
            "challenge_weight", "log2_gamma", "log2_witness_length",
            "type_commitment_opening", "type_linear_relation",
            "log2_matrix_size", "log2_witness_work", "log2_masking_slack", "log2_witness_polys",
            "ln_expected_attempts_lwe_secret",
            "ln_expected_attempts_commitment_opening", "ln_expected_attempts_linear_relation",
            "log2_ntt_work_lwe_secret", "log2_matrix_work_lwe_secret", "log2_data_lwe_secret",
            "log2_ntt_work_commitment_opening", "log2_matrix_work_commitment_opening", "log2_data_commitment_opening",
            "log2_ntt_work_linear_relation", "log2_matrix_work_linear_relation", "log2_data_linear_relation");
    private static final String[] NAME_ARRAY = NAMES.toArray(String[]::new);
    /** Where the three work features of the first proof type start; each proof type has three in enum order. */
    private static final int WORK_OFFSET = NAMES.indexOf("log2_ntt_work_lwe_secret");

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
        double elements = responseElements(type, k, l, polys, length);
        double nttWork = log2(n * log2(n) * elements);
        double matrixWork = log2(n * k * elements);
        double data = log2(n * elements * Math.ceil(log2(p.modulus())));
        double[] features = {
            log2(n),
            Math.ceil(log2(p.modulus())),
            k,
            l,
            p.eta(),
            "uniform".equals(p.secretDistribution()) ? 1 : 0,
            p.challengeWeight(),
            log2(p.gamma()),
            log2(length),
            type == ProofType.COMMITMENT_OPENING ? 1 : 0,
            type == ProofType.LINEAR_RELATION ? 1 : 0,
            log2(n * k * l),
            log2(n * l * length),
            log2(Math.max(1.0, p.gamma()) / Math.max(1.0, (double) p.challengeWeight() * p.eta())),
            log2(polys),
            type == ProofType.LWE_SECRET ? lnExpectedAttempts : 0,
            type == ProofType.COMMITMENT_OPENING ? lnExpectedAttempts : 0,
            type == ProofType.LINEAR_RELATION ? lnExpectedAttempts : 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0,
        };
        int work = WORK_OFFSET + 3 * type.ordinal();
        features[work] = nttWork;
        features[work + 1] = matrixWork;
        features[work + 2] = data;
        return features;
    }

    private static double responseElements(ProofType type, double k, double l, double polys, int length) {
        return switch (type) {
            case LWE_SECRET -> k + l;
            case COMMITMENT_OPENING -> k + polys + l;
            case LINEAR_RELATION -> length * (k + 1 + l);
        };
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
