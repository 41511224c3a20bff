package io.nexuszero.optimizer.core.model;

import io.nexuszero.crypto.engine.proof.ProofAttempts;
import io.nexuszero.crypto.engine.proof.ProofParameters;
import io.nexuszero.crypto.engine.proof.RangeProof;
import io.nexuszero.optimizer.api.LatticeParameters;
import io.nexuszero.optimizer.api.ProofType;

import java.util.List;

/**
 * The model's inputs, computed from parameters, proof type, witness length and crypto-service's ln of the expected
 * prover attempts. Besides the raw parameters it adds log-scale sizes (ring × module dimensions, work per witness,
 * ring elements needed to hold L values: ⌈L/n⌉), the masking slack log2(γ / (τ·η)), the ln expected attempts per
 * proof type (a linear model can weigh it differently where a proof does fixed work outside the loop)
 * and, per proof type, log-scale proxies of one attempt's (or one verification's) work over the polynomials it
 * masks — NTTs (n log n each), products with the k matrix rows (n·k each) and data hashed and packed
 * (n·⌈log2 q⌉ bits each). The masked polynomials are the engine's own count ({@link ProofAttempts#maskedPolynomials}:
 * κ + λ for a key's secret, κ + ⌈L/n⌉ + λ for a commitment's randomness, (κ + ⌈L/n⌉ + λ) + (κ + r + λ) for
 * linear-relation's one commitment plus its garbage commitment, (κ + ℓ_s + λ) + (κ + 2r + R·ℓ_s + λ) with
 * ℓ_s = ⌈64·min(L, c)/n⌉ for range's commitment to one chunk's bits plus its auxiliary commitment), so a change of
 * proof format reaches the model without a copy of the formula here. range splits L values into chunks of at most
 * c = {@link RangeProof#chunkValues} values (32 at the presets), each with its own rejection loop, so its per-attempt
 * work stops growing at L = c while its verify time (every chunk checked) and its fixed work per chunk keep growing:
 * log2 of the rejection loops, ⌈L/c⌉ for range and 1 for the other proofs, lets a linear model see that. They are a work proxy, not a cost model: a poor proxy costs accuracy, which
 * the holdout metrics show, never correctness — exact sizes and attempts come from crypto-service.
 * lwe-secret does not depend on the witness length, so its length is fixed at 1.
 */
public final class Features {
    // No feature is an exact linear combination of others (lwe-secret is the proof type without a one-hot column,
    // and there is no overall ln-attempts column next to the per-type ones), so least squares has one solution.
    public static final List<String> NAMES = List.of(
            "log2_ring_degree", "modulus_bits", "rank_k", "rank_l", "eta", "uniform_secret",
            "challenge_weight", "log2_gamma", "log2_witness_length",
            "type_commitment_opening", "type_linear_relation", "type_range",
            "log2_matrix_size", "log2_witness_work", "log2_masking_slack", "log2_witness_polys",
            "ln_expected_attempts_lwe_secret",
            "ln_expected_attempts_commitment_opening", "ln_expected_attempts_linear_relation",
            "ln_expected_attempts_range", "log2_rejection_loops",
            // "masked": over the engine's masked polynomials; the names changed with linear-relation format 2, so a
            // model trained on format 1's per-value commitments is refused at load instead of mispredicting.
            "log2_masked_ntt_work_lwe_secret", "log2_masked_matrix_work_lwe_secret", "log2_masked_data_lwe_secret",
            "log2_masked_ntt_work_commitment_opening", "log2_masked_matrix_work_commitment_opening",
            "log2_masked_data_commitment_opening",
            "log2_masked_ntt_work_linear_relation", "log2_masked_matrix_work_linear_relation",
            "log2_masked_data_linear_relation",
            "log2_masked_ntt_work_range", "log2_masked_matrix_work_range", "log2_masked_data_range");
    private static final String[] NAME_ARRAY = NAMES.toArray(String[]::new);
    /** Where the three work features of the first proof type start; each proof type has three in enum order. */
    private static final int WORK_OFFSET = NAMES.indexOf("log2_masked_ntt_work_lwe_secret");

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
        double elements = maskedPolynomials(p, type, length);
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
            type == ProofType.RANGE ? 1 : 0,
            log2(n * k * l),
            log2(n * l * length),
            log2(Math.max(1.0, p.gamma()) / Math.max(1.0, (double) p.challengeWeight() * p.eta())),
            log2(polys),
            type == ProofType.LWE_SECRET ? lnExpectedAttempts : 0,
            type == ProofType.COMMITMENT_OPENING ? lnExpectedAttempts : 0,
            type == ProofType.LINEAR_RELATION ? lnExpectedAttempts : 0,
            type == ProofType.RANGE ? lnExpectedAttempts : 0,
            log2(rejectionLoops(p, type, length)),
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        };
        int work = WORK_OFFSET + 3 * type.ordinal();
        features[work] = nttWork;
        features[work + 1] = matrixWork;
        features[work + 2] = data;
        return features;
    }

    /** The engine's count of polynomials one prover attempt masks (and a verifier recomputes from responses). */
    static long maskedPolynomials(LatticeParameters p, ProofType type, int witnessLength) {
        return ProofAttempts.maskedPolynomials(engine(p), type.engineType(), witnessLength);
    }

    /**
     * Independent rejection loops one proof runs: range's chunks, ⌈L / values per chunk⌉ (the engine's chunk size;
     * at least 1 value, as the engine sizes sets that cannot prove one), and one for every other proof type.
     */
    static int rejectionLoops(LatticeParameters p, ProofType type, int witnessLength) {
        if (type != ProofType.RANGE) {
            return 1;
        }
        int perChunk = Math.max(1, RangeProof.chunkValues(engine(p)));
        return (witnessLength + perChunk - 1) / perChunk;
    }

    private static ProofParameters engine(LatticeParameters p) {
        // only parameters crypto-service judged valid get here, so q and γ fit the engine's ints
        return ProofParameters.of("optimizer", p.ringDegree(), Math.toIntExact(p.modulus()), p.rankK(), p.rankL(),
                p.secretDistribution(), p.eta(), p.challengeWeight(), Math.toIntExact(p.gamma()));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
