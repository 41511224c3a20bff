package io.nexuszero.crypto.engine.params;

import io.nexuszero.crypto.engine.estimator.LweEstimate;
import io.nexuszero.crypto.engine.estimator.SecurityEstimator;
import io.nexuszero.crypto.engine.estimator.SisEstimate;
import io.nexuszero.crypto.engine.estimator.SisInstance;
import io.nexuszero.crypto.engine.estimator.SisNorm;

import java.util.List;

/**
 * Every hardness a parameter set relies on, from the estimator (instances as in docs/CRYPTO.md, "Proofs"):
 * <ul>
 *   <li><b>key Module-LWE</b>: t = A·s1 + s2, A ∈ R_q^{k×l}, s1, s2 ~ D_η (secret dimension n·l, n·k samples);</li>
 *   <li><b>proof Module-SIS</b> (lwe-secret extractor): a nonzero kernel vector of [A | I_k | t] ∈ R_q^{k×(l+k+1)}
 *       with ‖·‖∞ ≤ 2(γ − τη);</li>
 *   <li><b>commitment hiding</b> (BDLOP, κ = k, λ = l): Module-LWE with secret dimension n·l and (k + ℓ)·n samples,
 *       taken at the largest message length ℓ = {@value #MAX_MESSAGE_POLYS} polynomials (more samples only help
 *       the attacker);</li>
 *   <li><b>commitment knowledge</b> (opening-proof extractor): kernel vector of [I_κ | A1' | t1] ∈
 *       R_q^{κ×(κ+ℓ+λ+1)} with ‖·‖∞ ≤ 2(γ − τη), at ℓ = {@value #MAX_MESSAGE_POLYS};</li>
 *   <li><b>commitment binding</b> for honest openings: kernel vector of A1 ∈ R_q^{κ×(κ+ℓ+λ)} with ‖·‖∞ ≤ 2η.</li>
 * </ul>
 * Not covered (documented gap): uniqueness of weak openings, MSIS with bound 8τ(γ − τη), which exceeds q at
 * q = 8380417 and is therefore not hard at the presets.
 *
 * @param keyModuleLwe          cheapest attack on the key's Module-LWE instance
 * @param proofModuleSis        the lwe-secret proof's ℓ∞ Module-SIS instance
 * @param commitmentHiding      cheapest attack on BDLOP hiding
 * @param commitmentKnowledge   the opening proof's ℓ∞ Module-SIS instance
 * @param commitmentBinding     binding of honest openings
 */
public record SecurityAssessment(LweEstimate keyModuleLwe, SisEstimate proofModuleSis, LweEstimate commitmentHiding,
                                 SisEstimate commitmentKnowledge, SisEstimate commitmentBinding) {

    /** Largest number of message polynomials of a commitment (L ≤ 4096 values, n ≥ 256). */
    public static final int MAX_MESSAGE_POLYS = 16;

    /** One named hardness, for reports and validation messages. */
    public record Hardness(String name, double classicalBits, double quantumBits, int beta) {
    }

    /** Estimates every instance for valid parameters. */
    public static SecurityAssessment of(LatticeParameters p) {
        int n = p.ringDegree();
        long q = p.modulus();
        int k = p.rankK();
        int l = p.rankL();
        double extractedBound = 2.0 * p.responseBound();
        int ell = Math.min(MAX_MESSAGE_POLYS, Math.max(1, 4096 / n));
        LweEstimate key = SecurityEstimator.estimateLwe(
            SecurityEstimator.moduleLwe(n, q, k, l, p.secretDistribution(), p.eta()));
        SisEstimate proof = SecurityEstimator.estimateSis(
            new SisInstance(n, q, k, l + k + 1, extractedBound, SisNorm.INFINITY));
        LweEstimate hiding = SecurityEstimator.estimateLwe(
            SecurityEstimator.moduleLwe(n, q, k + ell, l, p.secretDistribution(), p.eta()));
        SisEstimate knowledge = SecurityEstimator.estimateSis(
            new SisInstance(n, q, k, k + ell + l + 1, extractedBound, SisNorm.INFINITY));
        SisEstimate binding = SecurityEstimator.estimateSis(
            new SisInstance(n, q, k, k + ell + l, 2.0 * p.eta(), SisNorm.INFINITY));
        return new SecurityAssessment(key, proof, hiding, knowledge, binding);
    }

    /** All instances with names, in the order of the record components. */
    public List<Hardness> all() {
        return List.of(
            new Hardness("key Module-LWE", keyModuleLwe.classicalBits(), keyModuleLwe.quantumBits(),
                keyModuleLwe.beta()),
            new Hardness("proof Module-SIS", proofModuleSis.classicalBits(), proofModuleSis.quantumBits(),
                proofModuleSis.beta()),
            new Hardness("commitment hiding (Module-LWE)", commitmentHiding.classicalBits(),
                commitmentHiding.quantumBits(), commitmentHiding.beta()),
            new Hardness("commitment opening knowledge (Module-SIS)", commitmentKnowledge.classicalBits(),
                commitmentKnowledge.quantumBits(), commitmentKnowledge.beta()),
            new Hardness("commitment binding (Module-SIS)", commitmentBinding.classicalBits(),
                commitmentBinding.quantumBits(), commitmentBinding.beta()));
    }

    /** The weakest instance, in core-SVP classical bits. */
    public double classicalBits() {
        return all().stream().mapToDouble(Hardness::classicalBits).min().orElseThrow();
    }

    /** The weakest instance, in core-SVP quantum bits. */
    public double quantumBits() {
        return all().stream().mapToDouble(Hardness::quantumBits).min().orElseThrow();
    }
}
